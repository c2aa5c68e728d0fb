// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/problemsdock.h"

#include "core/problemlistmodel.h"

#include <QDesktopServices>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QTableView>
#include <QUrl>

namespace Broadsheet::Ui {

using Core::ProblemListModel;

ProblemsDock::ProblemsDock(ProblemListModel *problems, QWidget *parent)
    : QDockWidget(parent)
    , m_problems(problems)
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("problemsDock"));
    m_table->setModel(problems);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ProblemListModel::FileColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(ProblemListModel::LineColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(ProblemListModel::FileColumn, 260);
    m_table->setToolTip(tr("Double-click a row to open the folder that holds the file."));
    setWidget(m_table);

    // Opening the folder lets the owner fix the file with their own tools; Broadsheet never
    // edits the archive itself.
    connect(m_table, &QTableView::activated, this, [](const QModelIndex &index) {
        const QString path = index.data(ProblemListModel::PathRole).toString();
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
    });
    connect(problems, &QAbstractItemModel::rowsInserted, this, &ProblemsDock::updateTitle);
    connect(problems, &QAbstractItemModel::modelReset, this, &ProblemsDock::updateTitle);
    updateTitle();
}

void ProblemsDock::updateTitle()
{
    const int count = m_problems->rowCount();
    setWindowTitle(count == 0 ? tr("Import Problems")
                              : tr("Import Problems (%1)").arg(QLocale().toString(count)));
}

} // namespace Broadsheet::Ui

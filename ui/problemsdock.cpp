// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/problemsdock.h"

#include "core/problemlistmodel.h"

#include <QHeaderView>
#include <QLocale>
#include <QTableView>

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
    m_table->setToolTip(tr("Double-click a row to see the file at the line of the problem."));
    setWidget(m_table);

    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT sourceRequested(index.data(ProblemListModel::PathRole).toString(),
                               index.data(ProblemListModel::LineRole).toInt());
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

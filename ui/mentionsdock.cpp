// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mentionsdock.h"

#include <QHeaderView>
#include <QTreeView>

namespace Broadsheet::Ui {

using Core::ArticleMentionModel;

MentionsDock::MentionsDock(QWidget *parent)
    : QDockWidget(tr("Mentions"), parent)
    , m_view(new QTreeView(this))
{
    setObjectName(QStringLiteral("mentionsDock"));
    m_view->setObjectName(QStringLiteral("mentionsView"));
    m_view->setModel(&m_model);
    m_view->setUniformRowHeights(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAllColumnsShowFocus(true);
    m_view->header()->setStretchLastSection(false);
    // Names are what people scan for: they get their full width, the codes what is left.
    m_view->header()->setSectionResizeMode(ArticleMentionModel::NameColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(ArticleMentionModel::CodeColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(ArticleMentionModel::CountColumn, QHeaderView::ResizeToContents);
    m_view->setToolTip(tr("Click a name to mark it in the article; click its code or press Enter to open "
                          "its quote page."));
    setWidget(m_view);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                Q_EMIT mentionPicked(current.data(ArticleMentionModel::NameRole).toString());
            });
    connect(m_view, &QTreeView::clicked, this, [this](const QModelIndex &index) {
        const QUrl url = index.data(ArticleMentionModel::QuoteUrlRole).toUrl();
        if (index.column() == ArticleMentionModel::CodeColumn && url.isValid())
            Q_EMIT quoteRequested(url);
    });
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QUrl url = index.data(ArticleMentionModel::QuoteUrlRole).toUrl();
        if (url.isValid())
            Q_EMIT quoteRequested(url);
    });
}

void MentionsDock::setMentions(const QList<Core::Mention> &mentions)
{
    m_model.setMentions(mentions);
    m_view->expandAll();
    int total = 0;
    for (int row = 0; row < m_model.rowCount(); ++row)
        total += m_model.rowCount(m_model.index(row, 0));
    setWindowTitle(total == 0 ? tr("Mentions") : tr("Mentions (%1)").arg(total));
}

} // namespace Broadsheet::Ui

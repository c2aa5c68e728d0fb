// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/articlementionmodel.h"

#include <QDockWidget>

class QTreeView;

namespace Broadsheet::Ui {

// The banks and listed companies the open article mentions. Clicking one marks every
// occurrence in the article; its code (or Enter) opens the quote page in the browser.
class MentionsDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MentionsDock)

public:
    explicit MentionsDock(QWidget *parent = nullptr);

    void setMentions(const QList<Core::Mention> &mentions);
    void setQuoteProvider(const Core::QuoteProvider &provider) { m_model.setQuoteProvider(provider); }
    QTreeView *view() const { return m_view; }

Q_SIGNALS:
    // A mention was picked (by canonical name); empty when the selection was cleared.
    void mentionPicked(const QString &name);
    void quoteRequested(const QUrl &url);

private:
    Core::ArticleMentionModel m_model;
    QTreeView *m_view = nullptr;
};

} // namespace Broadsheet::Ui

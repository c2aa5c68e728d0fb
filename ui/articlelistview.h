// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTreeView>

namespace Broadsheet::Ui {

// The article list: title, date, source and category, sortable by any column, several rows
// selectable. Tuned for 100,000 rows (uniform row heights, no decoration). Unread articles are
// bold and starred ones have a star (ArticleRowDelegate).
class ArticleListView final : public QTreeView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleListView)

public:
    explicit ArticleListView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    QString currentPath() const;

    // A small picture of each cached head image before the title (View › Show Thumbnails).
    void setThumbnailsShown(bool shown);
    bool thumbnailsShown() const { return m_thumbnails != nullptr; }

    // An article drawn as read although the model still says unread: the one open in the
    // Unread view, marked read when the reader moves on (MainWindow::openArticle). Empty: none.
    void setHeldAsRead(const QString &path);
    QString heldAsRead() const { return m_heldAsRead; }

Q_SIGNALS:
    // The article under the cursor changed; an empty path when there is none.
    void currentArticleChanged(const QString &path);

private:
    QAbstractItemDelegate *m_rows = nullptr;
    QAbstractItemDelegate *m_thumbnails = nullptr;
    QString m_heldAsRead;
};

} // namespace Broadsheet::Ui

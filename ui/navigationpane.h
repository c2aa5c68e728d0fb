// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QWidget>

class QSplitter;
class QTreeView;

namespace Broadsheet::Core {
class CategoryTreeModel;
class DateTreeModel;
class MentionTreeModel;
} // namespace Broadsheet::Core

namespace Broadsheet::Ui {

// The left pane: the category tree, the date tree and the banks and companies mentioned, each
// node with its article count and, in bold, its unread count (UnreadCountDelegate). Selecting a
// node in one tree clears the others, so the list is filtered by one of them.
class NavigationPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NavigationPane)

public:
    NavigationPane(Core::CategoryTreeModel *categories, Core::DateTreeModel *dates,
                   Core::MentionTreeModel *mentions, QWidget *parent = nullptr);

    QSplitter *splitter() const { return m_splitter; }
    void showAll(); // selects "All articles"

Q_SIGNALS:
    void categorySelected(const QStringList &path);
    void datesSelected(const QDate &first, const QDate &last);
    // A bank or company (canonical name), or empty for a group node.
    void mentionSelected(const QString &name);

private:
    void onCategoryChanged();
    void onDateChanged();
    void onMentionChanged();
    void clearOthers(QTreeView *keep);

    QSplitter *m_splitter = nullptr;
    QTreeView *m_categoryView = nullptr;
    QTreeView *m_dateView = nullptr;
    QTreeView *m_mentionView = nullptr;
};

} // namespace Broadsheet::Ui

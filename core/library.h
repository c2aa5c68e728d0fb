// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/articlefilterproxymodel.h"
#include "core/articlelistmodel.h"
#include "core/categorytreemodel.h"
#include "core/dateparser.h"
#include "core/datetreemodel.h"
#include "core/libraryscanner.h"
#include "core/mentionextractor.h"
#include "core/mentiontreemodel.h"
#include "core/problemlistmodel.h"

#include <QObject>
#include <QStringList>

namespace Broadsheet::Core {

// The open library: its folders, the models the window and the command line show, and the
// scanner that fills them. Opening folders replaces what was open.
class Library final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Library)

public:
    explicit Library(QObject *parent = nullptr);

    void open(const QStringList &folders);
    void rescan() { open(m_folders); }
    void cancel() { m_scanner.cancel(); }
    bool isScanning() const { return m_scanner.isRunning(); }
    void waitForScan() { m_scanner.waitForFinished(); }

    // How dates without a zone are read; takes effect at the next scan.
    void setDateParser(const DateParser &dates) { m_dates = dates; }
    // The dictionary mentions are found with; takes effect at the next scan.
    void setMentionDictionary(const MentionDictionary &dictionary);
    const MentionExtractor &mentionExtractor() const { return m_extractor; }

    QStringList folders() const { return m_folders; }
    ArticleListModel *articles() { return &m_articles; }
    ArticleFilterProxyModel *filteredArticles() { return &m_filtered; }
    CategoryTreeModel *categories() { return &m_categories; }
    DateTreeModel *dates() { return &m_dateTree; }
    MentionTreeModel *mentions() { return &m_mentionTree; }
    ProblemListModel *problems() { return &m_problems; }

Q_SIGNALS:
    void scanStarted();
    void scanProgress(int filesDone, int filesTotal);
    void scanFinished(bool cancelled);

private:
    void addArticles(const QList<Article> &articles);

    QStringList m_folders;
    DateParser m_dates;
    MentionExtractor m_extractor;
    ArticleListModel m_articles;
    ArticleFilterProxyModel m_filtered;
    CategoryTreeModel m_categories;
    DateTreeModel m_dateTree;
    MentionTreeModel m_mentionTree;
    ProblemListModel m_problems;
    LibraryScanner m_scanner; // last: destroyed first, so no result arrives at a dead model
};

} // namespace Broadsheet::Core

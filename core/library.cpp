// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/library.h"

#include "core/logging.h"

#include <QDir>
#include <QFileInfo>

namespace Broadsheet::Core {

Library::Library(QObject *parent)
    : QObject(parent)
    , m_mentionTree(m_extractor.dictionary())
{
    m_filtered.setSourceModel(&m_articles);
    connect(&m_scanner, &LibraryScanner::articlesFound, this, &Library::addArticles);
    connect(&m_scanner, &LibraryScanner::problemsFound, &m_problems, &ProblemListModel::addProblems);
    connect(&m_scanner, &LibraryScanner::progressChanged, this, &Library::scanProgress);
    connect(&m_scanner, &LibraryScanner::finished, this, &Library::scanFinished);
}

void Library::open(const QStringList &folders)
{
    QStringList absolute;
    for (const QString &folder : folders) {
        const QString path = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
        if (!absolute.contains(path))
            absolute.append(path);
    }
    m_scanner.cancel();
    m_folders = absolute;
    // The user's additions to the dictionary are read again at every open: editing the file
    // and reloading the library is how they take effect.
    QStringList dictionaryProblems;
    setMentionDictionary(
        MentionDictionary::withUserFile(MentionDictionary::userFilePath(), &dictionaryProblems));
    m_articles.clear();
    m_categories.clear();
    m_dateTree.clear();
    m_mentionTree.clear();
    m_problems.clear();
    for (const QString &problem : std::as_const(dictionaryProblems))
        m_problems.addProblems({Problem::fromLocatedMessage(MentionDictionary::userFilePath(), problem,
                                                            Problem::Severity::Warning)});
    qCInfo(lcLibrary) << "opening" << m_folders;
    Q_EMIT scanStarted();
    m_scanner.start(m_folders, m_dates, m_extractor);
}

void Library::addArticles(const QList<Article> &articles)
{
    // Trees count each path once: a file already listed (a rescan of a changed file) only
    // updates its row.
    QList<Article> fresh;
    fresh.reserve(articles.size());
    for (const Article &article : articles) {
        if (m_articles.rowOfPath(article.path) < 0)
            fresh.append(article);
    }
    m_articles.addArticles(articles);
    m_categories.addArticles(fresh);
    m_dateTree.addArticles(fresh);
    m_mentionTree.addArticles(fresh);
}

void Library::setMentionDictionary(const MentionDictionary &dictionary)
{
    m_extractor = MentionExtractor(dictionary);
    m_mentionTree.setDictionary(dictionary);
}

} // namespace Broadsheet::Core

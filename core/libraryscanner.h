// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"
#include "core/dateparser.h"
#include "core/mentionextractor.h"
#include "core/problem.h"

#include <QFuture>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace Broadsheet::Core {

// Brings a library's index up to date with its folders and reports what the window must show,
// off the GUI thread. A run goes through these steps, each reported as it goes:
//  1. (full runs) every article the index already knows is delivered at once, from the index's
//     snapshot when it is current (ListSnapshot): a library opened before is listed in a moment;
//  2. the folders are listed; files that are new or whose size or modification time changed
//     are read (front matter only) and stored; files that went away are removed. listed()
//     then says the list and the category and date trees are complete;
//  3. the full text of every article not yet indexed is read, its mentions found, and both
//     stored; mentionsFound() delivers the mentions. indexProgress() counts.
// Folders are only read: nothing is ever written into them. The index lives where
// IndexDatabase says; a damaged one is rebuilt, with a Problem saying so.
class LibraryScanner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryScanner)

public:
    struct Options {
        QStringList folders;
        QString indexPath; // empty: an index in memory, gone with the run
        QString statePath; // the reading state (IndexDatabase::defaultStatePath())
        DateParser dates;
        MentionExtractor mentions;
        QString dictionaryFingerprint; // changes when the dictionary does: mentions are found again
        bool fullText = true; // step 3
    };

    explicit LibraryScanner(QObject *parent = nullptr);
    ~LibraryScanner() override; // cancels and waits for the running scan

    // Starts a full run, cancelling one that is still running (its results are dropped).
    void start(const Options &options);
    // Starts a run over these directories only (and their subdirectories): what a folder
    // watcher reported. The articles of the rest of the library are not delivered again.
    void refresh(const Options &options, const QStringList &directories);
    void cancel();
    bool isRunning() const;

    // Block until the run has listed every article / finished (for the command line and tests).
    void waitForListed();
    void waitForFinished();

Q_SIGNALS:
    // New or changed articles; a path already delivered replaces its row. With
    // `newToTheList`, this run started by loading the index (start(), not refresh()) and none
    // of these paths was delivered before by it: a list that holds only what this run
    // delivered can append them without looking for them (ArticleListModel::appendNew()).
    void articlesFound(const QList<Broadsheet::Core::Article> &articles, bool newToTheList);
    // What the index holds, delivered first in a full run (step 1): no path comes twice.
    void articlesLoaded(const QList<Broadsheet::Core::Article> &articles);
    // Files that are gone, or are no longer readable articles.
    void articlesRemoved(const QStringList &paths);
    // Problems of files read in this run; the paths' earlier problems are void.
    void problemsFound(const QStringList &readPaths, const QList<Broadsheet::Core::Problem> &problems);
    void progressChanged(int filesDone, int filesTotal);
    // About how many articles are coming (from the index, or files to read): room can be made.
    void articlesExpected(int count);
    // Every article the index holds has been delivered (an open with an index only); the files
    // are checked against it next.
    void loaded();
    void listed();
    // Path and the canonical names of the banks and companies its body mentions.
    void mentionsFound(const QList<QPair<QString, NameList>> &mentions);
    void indexProgress(int articlesDone, int articlesTotal);
    // With `cancelled`, the run stopped early. Emitted once per start().
    void finished(bool cancelled);

private:
    friend class ScanJob;
    struct Run;
    void begin(const Options &options, const QStringList &directories);
    void execute(const std::shared_ptr<Run> &run);
    void post(const std::shared_ptr<Run> &run, std::function<void()> call);
    void finish(std::shared_ptr<Run> run); // by value: callers pass m_run itself

    std::shared_ptr<Run> m_run;
    bool m_listed = false;
    QThreadPool m_driverPool;
    QFuture<void> m_future;
};

} // namespace Broadsheet::Core

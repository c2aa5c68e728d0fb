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

// Finds and reads every article file below a set of folders, off the GUI thread.
//
// Files are listed first (so progress has a total), then read in parallel in small batches;
// each batch is reported as soon as it is read, so the list fills in while the scan goes on.
// Folders are only read: nothing is ever written into them. Symbolic links to folders are not
// followed (they make loops in real archives); a file reached twice is read once.
class LibraryScanner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryScanner)

public:
    explicit LibraryScanner(QObject *parent = nullptr);
    ~LibraryScanner() override; // cancels and waits for the running scan

    // Starts scanning `folders`, cancelling a scan that is still running (its results are
    // dropped).
    // Each article's mentions (see Article::mentions) are found with `mentions` as it is read.
    void start(const QStringList &folders, const DateParser &dates = DateParser(),
               const MentionExtractor &mentions = MentionExtractor());
    void cancel();
    bool isRunning() const;

    // Blocks until the running scan has finished (for the command line and tests).
    void waitForFinished();

Q_SIGNALS:
    void articlesFound(const QList<Broadsheet::Core::Article> &articles);
    void problemsFound(const QList<Broadsheet::Core::Problem> &problems);
    void progressChanged(int filesDone, int filesTotal);
    // With `cancelled`, some articles were not read. Emitted once per start().
    void finished(bool cancelled);

private:
    struct Run;
    void deliver(const std::shared_ptr<Run> &run, QList<Article> articles, QList<Problem> problems, int done,
                 int total);
    void finish(std::shared_ptr<Run> run); // by value: callers pass m_run itself

    std::shared_ptr<Run> m_run;
    QThreadPool m_driverPool;
    QFuture<void> m_future;
};

} // namespace Broadsheet::Core

// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <chrono>
#include <memory>

#ifdef Q_OS_LINUX
#include <QThreadPool>
class QSocketNotifier;
struct inotify_event;
#else
class QFileSystemWatcher;
#endif

namespace Broadsheet::Core {

// Tells which folders of a library changed, so the library re-checks only those.
//
// Every folder below the roots is watched, and folders that appear later are added as they
// appear. A folder is reported when an entry in it was created, deleted, renamed in or out,
// or written and closed, or when it was itself deleted or moved away. Changes are collected
// until nothing happened for settleTime(), so a feed writing 200 articles makes one report.
//
// Folders are only read, never written to. Symbolic links to folders are not followed (real
// archives have loops), and hidden folders (".git", ".cache") are not watched: they hold no
// articles of their own but can hold thousands of folders, and watches are a limited system
// resource. A change of an entry in a watched folder is still reported, hidden or not.
//
// On Linux this uses inotify, because QFileSystemWatcher does not report a file that is
// rewritten in place. The folders are listed on a worker thread (a large archive takes a
// tenth of a second or more even when cached); ready() tells when that is done.
class FolderWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FolderWatcher)

public:
    explicit FolderWatcher(QObject *parent = nullptr);
    ~FolderWatcher() override; // waits for a folder listing still running (it stops early)

    // Watches every folder below `roots`, replacing what was watched: changes not yet
    // reported are dropped. An empty list stops watching. A root that is a symbolic link is
    // followed (the user chose it); a root inside another root is watched once.
    void setRoots(const QStringList &roots);
    // The roots as absolute, cleaned paths.
    QStringList roots() const;

    // How long no change must happen before the changes are reported (default 300 ms). A
    // continuous stream of changes is still reported every 2 s (or settle time, if longer).
    void setSettleTime(std::chrono::milliseconds settleTime);
    std::chrono::milliseconds settleTime() const;

    // True from setRoots() with at least one root until setRoots({}), unless the system
    // refused to watch anything (watchFailed() was emitted).
    bool isWatching() const;

Q_SIGNALS:
    // Absolute, cleaned paths of the folders whose entries changed, sorted, each once. Paths
    // are below the roots as given to setRoots() (not symbolic links resolved). A folder that
    // was deleted or moved away is reported itself, with every watched folder below it; a new
    // folder is reported with every folder below it, since files may have been created in it
    // before it was watched. When the system dropped changes (too many at once), every
    // watched folder is reported.
    void directoriesChanged(const QStringList &directories);

    // Emitted once after each setRoots() with roots, when every folder that existed then is
    // watched: a change from then on is reported. Not emitted when watching failed entirely.
    void ready();

    // A folder could not be watched, e.g. because the system limit of watched folders was
    // reached. Translated and naming the folder; emitted at most once per setRoots().
    void watchFailed(const QString &message);

private:
    void markChanged(const QString &directory);
    void scheduleReport();
    void report();
    void reportFailure(const QString &path, int error);

#ifdef Q_OS_LINUX
    struct Session;
    enum class Walk {Roots, Rescan, NewFolder};
    void startWalk(const QStringList &tops, Walk walk);
    void readEvents();
    void handleEvent(const inotify_event &event);
    void forgetTree(const QString &directory);

    std::shared_ptr<Session> m_session;
    std::unique_ptr<QSocketNotifier> m_notifier;
    // One thread: walks run in the order the events asked for them.
    QThreadPool m_walkPool;
#else
    void syncFolders(const QString &directory, bool report);

    QFileSystemWatcher *m_watcher = nullptr;
#endif

    QStringList m_roots;
    QSet<QString> m_pending;
    quint64 m_changeCount = 0; // bumped by markChanged(): was anything new seen?
    bool m_failureReported = false;
    QTimer m_settleTimer;
    QTimer m_maxDelayTimer;
};

} // namespace Broadsheet::Core

// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/folderwatcher.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cerrno>
#include <cstring>

#ifdef Q_OS_LINUX
#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QSocketNotifier>

#include <atomic>

#include <sys/inotify.h>
#include <unistd.h>
#else
#include <QFileSystemWatcher>
#endif

using namespace std::chrono_literals;

namespace Broadsheet::Core {

namespace {

constexpr std::chrono::milliseconds defaultSettleTime = 300ms;
// A feed that never pauses must still show its articles.
constexpr std::chrono::milliseconds maxDelay = 2s;

QStringList cleanedRoots(const QStringList &roots)
{
    QStringList result;
    for (const QString &root : roots) {
        if (!root.isEmpty())
            result.append(QDir::cleanPath(QFileInfo(root).absoluteFilePath()));
    }
    result.sort();
    result.removeDuplicates();
    return result;
}

bool isInside(const QString &path, const QString &folder)
{
    return path.startsWith(folder)
        && (path.size() == folder.size() || folder.endsWith(u'/') || path.at(folder.size()) == u'/');
}

// A root inside another root is watched as part of the outer one.
QStringList outermost(const QStringList &folders)
{
    QStringList result;
    for (const QString &folder : folders) {
        const bool nested = std::any_of(folders.cbegin(), folders.cend(), [&folder](const QString &other) {
            return other != folder && isInside(folder, other);
        });
        if (!nested)
            result.append(folder);
    }
    return result;
}

QString failureMessage(const QString &path, int error)
{
    const QString folder = QDir::toNativeSeparators(path);
#ifdef Q_OS_LINUX
    if (error == ENOSPC) {
        return QCoreApplication::translate(
                   "Broadsheet::Core::FolderWatcher",
                   "Changes in “%1” cannot be followed: the system limit of watched "
                   "folders is reached. Raise it in "
                   "/proc/sys/fs/inotify/max_user_watches and open the library again.")
            .arg(folder);
    }
#endif
    if (error != 0) {
        return QCoreApplication::translate("Broadsheet::Core::FolderWatcher",
                                           "Changes in “%1” cannot be followed: %2.")
            .arg(folder, QString::fromLocal8Bit(std::strerror(error)));
    }
    return QCoreApplication::translate("Broadsheet::Core::FolderWatcher",
                                       "Changes in “%1” cannot be followed.")
        .arg(folder);
}

} // namespace

#ifdef Q_OS_LINUX

namespace {

// Changes to a folder's entries and to the folder itself. IN_CLOSE_WRITE is what
// QFileSystemWatcher lacks: a file rewritten in place. IN_ONLYDIR: a path that turned into a
// file between listing and watching is not watched.
constexpr uint32_t watchedEvents = IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_CLOSE_WRITE
    | IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR;

QString joinPath(const QString &folder, const QString &name)
{
    if (folder.endsWith(u'/'))
        return folder + name;
    return folder + u'/' + name;
}

} // namespace

// One inotify instance per setRoots(). Walks on the worker thread share it, so it is closed
// only when the last of them has let go: a closed descriptor's number could otherwise be
// reused by another instance and get its watches.
struct FolderWatcher::Session {
    explicit Session(int descriptor)
        : fd(descriptor)
    { }
    ~Session() { ::close(fd); }
    Q_DISABLE_COPY_MOVE(Session)

    const int fd;
    std::atomic_bool cancelled = false;
    QMutex mutex;
    QHash<int, QString> paths; // watch descriptor → folder; guarded by mutex
};

void FolderWatcher::startWalk(const QStringList &tops, Walk walk)
{
    m_walkPool.start([this, session = m_session, tops, walk] {
        QElapsedTimer timer;
        timer.start();
        QStringList watched;
        QString failedPath;
        int failure = 0;
        // Breadth first, indexed: the first tops.size() entries are the tops themselves.
        QStringList queue = tops;
        for (qsizetype i = 0; i < queue.size() && !session->cancelled; ++i) {
            const QString folder = queue.at(i); // a copy: appending below may move the list
            // The user chose the roots, so a root that is a link is followed; nothing else is.
            const uint32_t mask =
                watchedEvents | (walk != Walk::NewFolder && i < tops.size() ? 0 : IN_DONT_FOLLOW);
            int wd = -1;
            int error = 0;
            {
                // Held across the call: the GUI thread must not read an event of this watch
                // before it knows the watch's folder.
                const QMutexLocker lock(&session->mutex);
                wd = inotify_add_watch(session->fd, QFile::encodeName(folder).constData(), mask);
                if (wd >= 0)
                    session->paths.insert(wd, folder);
                else
                    error = errno;
            }
            if (wd < 0) {
                // Deleted since it was listed, or replaced by a file or link: nothing to watch.
                if (error == ENOENT || error == ENOTDIR)
                    continue;
                if (failure == 0) {
                    failure = error;
                    failedPath = folder;
                }
                if (error == ENOSPC)
                    break; // every further watch would fail as well
                continue;
            }
            watched.append(folder);
            // Listed after the watch is set, so a sub-folder created meanwhile is not missed.
            // QDir's default filter leaves out hidden folders.
            QDirIterator it(folder, QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks);
            while (it.hasNext())
                queue.append(it.next());
        }
        const qint64 elapsed = timer.elapsed();
        // The destructor waits for this pool, so `this` is alive here; a call still queued when
        // it is destroyed is dropped with it.
        QMetaObject::invokeMethod(
            this,
            [this, session, walk, watched, failedPath, failure, elapsed] {
                if (session != m_session)
                    return; // roots changed meanwhile
                if (failure != 0)
                    reportFailure(failedPath, failure);
                if (walk == Walk::Roots) {
                    qCInfo(lcWatcher) << "watching" << watched.size() << "folders below" << m_roots << "after"
                                      << elapsed << "ms";
                    Q_EMIT ready();
                    return;
                }
                // Files may have been created in a new folder before it was watched.
                for (const QString &folder : watched)
                    markChanged(folder);
                scheduleReport();
            },
            Qt::QueuedConnection);
    });
}

void FolderWatcher::readEvents()
{
    const quint64 changesBefore = m_changeCount;
    alignas(inotify_event) char buffer[32 * 1024];
    for (;;) {
        const ssize_t size = ::read(m_session->fd, buffer, sizeof buffer);
        if (size < 0 && errno == EINTR)
            continue;
        if (size <= 0)
            break; // EAGAIN: everything read
        for (ssize_t offset = 0; offset < size;) {
            const auto *event = reinterpret_cast<const inotify_event *>(buffer + offset);
            offset += static_cast<ssize_t>(sizeof(inotify_event) + event->len);
            handleEvent(*event);
        }
    }
    // Once per read rather than per event: a copy of 10,000 files makes 20,000 events.
    if (m_changeCount != changesBefore)
        scheduleReport();
}

void FolderWatcher::handleEvent(const inotify_event &event)
{
    if (event.mask & IN_Q_OVERFLOW) {
        // The kernel dropped events: any folder may have changed, and a new folder may have
        // been missed, so report everything and look for unwatched folders.
        qCWarning(lcWatcher) << "too many changes at once: reporting every watched folder";
        QStringList all;
        {
            const QMutexLocker lock(&m_session->mutex);
            all = m_session->paths.values();
        }
        for (const QString &folder : all)
            markChanged(folder);
        startWalk(outermost(m_roots), Walk::Rescan);
        return;
    }
    QString folder;
    {
        const QMutexLocker lock(&m_session->mutex);
        if (event.mask & IN_IGNORED) {
            m_session->paths.remove(event.wd); // deleted, unmounted or forgotten
            return;
        }
        folder = m_session->paths.value(event.wd);
    }
    if (folder.isEmpty())
        return; // a watch forgotten by forgetTree(), with events still queued
    if (event.mask & IN_MOVE_SELF) {
        // Moved within the roots, its parent has forgotten it already; this is a root moved
        // away (or a folder moved from below a hidden one): its paths are no longer right.
        forgetTree(folder);
        return;
    }
    markChanged(folder);
    if (!(event.mask & IN_ISDIR) || event.len == 0)
        return;
    const QString name = QFile::decodeName(event.name);
    const QString child = joinPath(folder, name);
    if (event.mask & IN_MOVED_FROM) {
        // Its watches would keep the old paths: drop them; if it moved to a watched folder,
        // IN_MOVED_TO there watches it again under its new path.
        forgetTree(child);
    } else if ((event.mask & (IN_CREATE | IN_MOVED_TO)) && !name.startsWith(u'.')) {
        startWalk({child}, Walk::NewFolder);
    }
}

void FolderWatcher::forgetTree(const QString &folder)
{
    const QMutexLocker lock(&m_session->mutex);
    for (auto it = m_session->paths.begin(); it != m_session->paths.end();) {
        if (isInside(it.value(), folder)) {
            inotify_rm_watch(m_session->fd, it.key());
            markChanged(it.value()); // gone from here: the caller drops what it had there
            it = m_session->paths.erase(it);
        } else {
            ++it;
        }
    }
}

#else // !Q_OS_LINUX

// QFileSystemWatcher reports a folder's entries being added, removed or renamed, but neither
// a file in it being rewritten nor a folder moved away: what changed is found on disk.
void FolderWatcher::syncFolders(const QString &directory, bool report)
{
    QSet<QString> watched;
    const QStringList known = m_watcher->directories();
    for (const QString &folder : known) {
        if (isInside(folder, directory) && !QFileInfo(folder).isDir()) {
            m_watcher->removePath(folder);
            markChanged(folder); // gone: the caller drops what it had there
        } else {
            watched.insert(folder);
        }
    }
    QStringList added;
    if (!watched.contains(directory) && QFileInfo(directory).isDir())
        added.append(directory);
    // Without QDir::Hidden and QDirIterator::FollowSymlinks, hidden folders and links are skipped.
    QDirIterator it(directory, QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString folder = it.next();
        if (!watched.contains(folder))
            added.append(folder);
    }
    if (added.isEmpty())
        return;
    const QStringList failed = m_watcher->addPaths(added);
    if (!failed.isEmpty())
        reportFailure(failed.constFirst(), 0);
    if (report) {
        for (const QString &folder : added)
            markChanged(folder);
    }
}

#endif

FolderWatcher::FolderWatcher(QObject *parent)
    : QObject(parent)
{
    m_settleTimer.setSingleShot(true);
    m_maxDelayTimer.setSingleShot(true);
    setSettleTime(defaultSettleTime);
    connect(&m_settleTimer, &QTimer::timeout, this, &FolderWatcher::report);
    connect(&m_maxDelayTimer, &QTimer::timeout, this, &FolderWatcher::report);
#ifdef Q_OS_LINUX
    m_walkPool.setMaxThreadCount(1);
#endif
}

FolderWatcher::~FolderWatcher()
{
#ifdef Q_OS_LINUX
    if (m_session)
        m_session->cancelled = true;
    m_walkPool.waitForDone();
#endif
}

void FolderWatcher::setRoots(const QStringList &roots)
{
    // Changes below the old roots are dropped, not reported late.
    m_pending.clear();
    m_settleTimer.stop();
    m_maxDelayTimer.stop();
    m_failureReported = false;
    m_roots = cleanedRoots(roots);
#ifdef Q_OS_LINUX
    m_notifier.reset();
    if (m_session) {
        m_session->cancelled = true; // a walk still running stops; its results are dropped
        m_session.reset();
    }
    if (m_roots.isEmpty())
        return;
    const int fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    if (fd < 0) {
        // EMFILE: /proc/sys/fs/inotify/max_user_instances, shared by every program of the user.
        reportFailure(m_roots.constFirst(), errno);
        return;
    }
    m_session = std::make_shared<Session>(fd);
    m_notifier = std::make_unique<QSocketNotifier>(fd, QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &FolderWatcher::readEvents);
    startWalk(outermost(m_roots), Walk::Roots);
#else
    delete m_watcher;
    m_watcher = nullptr;
    if (m_roots.isEmpty())
        return;
    m_watcher = new QFileSystemWatcher(this);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, [this](const QString &directory) {
        markChanged(directory);
        syncFolders(directory, true);
        scheduleReport();
    });
    for (const QString &root : outermost(m_roots))
        syncFolders(root, false);
    QMetaObject::invokeMethod(this, &FolderWatcher::ready, Qt::QueuedConnection);
#endif
}

QStringList FolderWatcher::roots() const
{
    return m_roots;
}

void FolderWatcher::setSettleTime(std::chrono::milliseconds settleTime)
{
    settleTime = std::max(settleTime, 0ms);
    m_settleTimer.setInterval(settleTime);
    m_maxDelayTimer.setInterval(std::max(settleTime, maxDelay));
}

std::chrono::milliseconds FolderWatcher::settleTime() const
{
    return m_settleTimer.intervalAsDuration();
}

bool FolderWatcher::isWatching() const
{
#ifdef Q_OS_LINUX
    return m_session != nullptr;
#else
    return m_watcher != nullptr;
#endif
}

void FolderWatcher::markChanged(const QString &directory)
{
    m_pending.insert(directory);
    ++m_changeCount;
}

void FolderWatcher::scheduleReport()
{
    if (m_pending.isEmpty())
        return;
    m_settleTimer.start(); // restarted: wait until the changes settle...
    if (!m_maxDelayTimer.isActive())
        m_maxDelayTimer.start(); // ...but not for ever
}

void FolderWatcher::report()
{
    m_settleTimer.stop();
    m_maxDelayTimer.stop();
    if (m_pending.isEmpty())
        return;
    QStringList directories(m_pending.cbegin(), m_pending.cend());
    m_pending.clear();
    directories.sort();
    qCDebug(lcWatcher) << "changed:" << directories;
    Q_EMIT directoriesChanged(directories);
}

void FolderWatcher::reportFailure(const QString &path, int error)
{
    qCWarning(lcWatcher) << "cannot watch" << path << ":"
                         << (error != 0 ? std::strerror(error) : "unknown error");
    // One message is enough: when the limit is reached, every further folder fails too.
    if (m_failureReported)
        return;
    m_failureReported = true;
    Q_EMIT watchFailed(failureMessage(path, error));
}

} // namespace Broadsheet::Core

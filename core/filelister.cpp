// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/filelister.h"

#include "core/articlereader.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QMutex>
#include <QSet>
#include <QtConcurrent>

#include <numeric>

#ifdef Q_OS_UNIX
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace Broadsheet::Core {

namespace {

// Folders that sit inside another one of the list are covered by it.
QStringList outermost(const QStringList &folders)
{
    QStringList cleaned;
    for (const QString &folder : folders)
        cleaned.append(QDir::cleanPath(QFileInfo(folder).absoluteFilePath()));
    QStringList result;
    for (const QString &folder : std::as_const(cleaned)) {
        const bool inside = std::any_of(cleaned.cbegin(), cleaned.cend(), [&folder](const QString &other) {
            return other != folder && (other == u"/"_s || folder.startsWith(other + u'/'));
        });
        if (!inside && !result.contains(folder))
            result.append(folder);
    }
    return result;
}

// A file by what it is on disk, so that a link to a file listed anyway is not listed again.
#ifdef Q_OS_UNIX
using FileIdentity = std::pair<quint64, quint64>; // device, inode
#else
using FileIdentity = QString; // canonical path
#endif

// What one walker found. Files go to the caller in chunks, under a lock shared by the walkers.
struct Walk {
    const FileLister::Found &found;
    QMutex &handOver;
    const std::atomic_bool &cancelled;
    FileLister::Details details;
    QList<ListedFile> chunk; // not handed over yet
    QList<FileIdentity> direct; // files found by name, not through a link
    QStringList unidentified; // files found by name that were not asked for their identity
    QList<std::pair<ListedFile, FileIdentity>> linked; // handed over at the end, once each

    void add(ListedFile &&file)
    {
        chunk.append(std::move(file));
        if (chunk.size() >= 256)
            handOverChunk();
    }
    void handOverChunk()
    {
        const QMutexLocker locked(&handOver);
        for (ListedFile &file : chunk)
            found(std::move(file));
        chunk.clear();
    }
};

#ifdef Q_OS_UNIX
// A folder to walk: an open descriptor and its path.
struct Folder {
    int descriptor = -1;
    QString path;
};

// readdir and fstatat: a QDirIterator makes a QFileInfo per entry, which takes several times
// as long as the system calls themselves on a library of 100,000 files. With `subfolders`, the
// folders found are opened and left to the caller instead of walked.
void walk(const Folder &folder, Walk &state, QList<Folder> *subfolders = nullptr)
{
    DIR *stream = fdopendir(folder.descriptor);
    if (!stream) {
        close(folder.descriptor);
        return;
    }
    while (const dirent *entry = readdir(stream)) {
        if (state.cancelled)
            break;
        const char *name = entry->d_name;
        if (name[0] == '.' && (name[1] == 0 || (name[1] == '.' && name[2] == 0)))
            continue;
        unsigned char type = entry->d_type;
        struct stat info {
        };
        bool haveInfo = false;
        if (type == DT_UNKNOWN) {
            if (fstatat(dirfd(stream), name, &info, AT_SYMLINK_NOFOLLOW) != 0)
                continue;
            haveInfo = true;
            type = S_ISDIR(info.st_mode) ? DT_DIR
                : S_ISLNK(info.st_mode)  ? DT_LNK
                : S_ISREG(info.st_mode)  ? DT_REG
                                         : DT_UNKNOWN;
        }
        if (type == DT_DIR) {
            // Hidden folders (.git, an editor's .trash) hold no articles to show; the folder
            // watcher leaves them out too.
            if (name[0] == '.')
                continue;
            // O_NOFOLLOW: a folder replaced by a link since readdir is not followed either.
            const int child = openat(dirfd(stream), name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
            if (child < 0)
                continue;
            const Folder found {child, folder.path + u'/' + QFile::decodeName(name)};
            if (subfolders)
                subfolders->append(found);
            else
                walk(found, state);
            continue;
        }
        if (type != DT_REG && type != DT_LNK)
            continue;
        const QString fileName = QFile::decodeName(name);
        if (!ArticleReader::isArticleFileName(fileName))
            continue;
        if (type == DT_REG && !haveInfo && state.details == FileLister::Details::NameOnly) {
            ListedFile file {folder.path + u'/' + fileName, -1, -1};
            state.unidentified.append(file.path);
            state.add(std::move(file));
            continue;
        }
        // Links are followed to files only (a link to a folder is not a file: skipped).
        const int flags = type == DT_LNK ? 0 : AT_SYMLINK_NOFOLLOW;
        if ((!haveInfo || type == DT_LNK) && fstatat(dirfd(stream), name, &info, flags) != 0)
            continue;
        if (!S_ISREG(info.st_mode))
            continue;
        ListedFile file {folder.path + u'/' + fileName, qint64(info.st_size),
                         qint64(info.st_mtim.tv_sec) * 1000 + info.st_mtim.tv_nsec / 1000000};
        const FileIdentity identity {quint64(info.st_dev), quint64(info.st_ino)};
        if (type == DT_LNK) {
            state.linked.append({std::move(file), identity});
        } else {
            state.direct.append(identity);
            state.add(std::move(file));
        }
    }
    closedir(stream); // closes the descriptor too
}

// Walks a top folder: its own files here, its folders on every core (a library is usually a
// folder per source or year).
void walkTop(const Folder &top, Walk &state)
{
    QList<Folder> subfolders;
    walk(top, state, &subfolders);
    std::vector<Walk> walkers; // std::vector: a Walk holds references, so it cannot be assigned
    walkers.reserve(subfolders.size());
    for (qsizetype i = 0; i < subfolders.size(); ++i)
        walkers.push_back({state.found, state.handOver, state.cancelled, state.details, {}, {}, {}, {}});
    QList<qsizetype> order(subfolders.size());
    std::iota(order.begin(), order.end(), 0);
    QtConcurrent::blockingMap(order, [&](qsizetype i) {
        walk(subfolders.at(i), walkers[size_t(i)]);
        walkers[size_t(i)].handOverChunk();
    });
    for (Walk &walker : walkers) {
        state.direct.append(walker.direct);
        state.unidentified.append(walker.unidentified);
        state.linked.append(std::move(walker.linked));
    }
}
#endif

} // namespace

QList<Problem> FileLister::list(const QStringList &folders, const std::atomic_bool &cancelled,
                                const Found &found, Details details)
{
    QList<Problem> problems;
    QMutex handOver;
    Walk state {found, handOver, cancelled, details, {}, {}, {}, {}};
    for (const QString &folder : outermost(folders)) {
        const QFileInfo info(folder);
        if (!info.isDir()) {
            problems.append({folder, 0,
                             QCoreApplication::translate("Broadsheet::Core::LibraryScanner",
                                                         "This folder does not exist or cannot be opened."),
                             Problem::Severity::Error});
            continue;
        }
#ifdef Q_OS_UNIX
        const int directory = open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (directory >= 0)
            walkTop({directory, folder}, state);
#else
        // Without inodes, files are known by their canonical path.
        QDirIterator it(folder, QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
        while (it.hasNext() && !cancelled) {
            const QString path = it.next();
            if (!ArticleReader::isArticleFileName(it.fileName()))
                continue;
            const QFileInfo file = it.fileInfo();
            ListedFile listed {path, file.size(),
                               file.fileTime(QFileDevice::FileModificationTime).toMSecsSinceEpoch()};
            const FileIdentity identity = file.canonicalFilePath();
            if (file.isSymLink()) {
                state.linked.append({std::move(listed), identity});
            } else {
                state.direct.append(identity);
                state.add(std::move(listed));
            }
        }
#endif
    }
    state.handOverChunk();
    if (state.linked.isEmpty() || cancelled)
        return problems;
    QSet<FileIdentity> seen(state.direct.cbegin(), state.direct.cend());
#ifdef Q_OS_UNIX
    // Links were found: the files found by name are asked for their identity after all.
    for (const QString &path : std::as_const(state.unidentified)) {
        struct stat info {
        };
        if (lstat(QFile::encodeName(path).constData(), &info) == 0)
            seen.insert({quint64(info.st_dev), quint64(info.st_ino)});
    }
#endif
    for (auto &[file, identity] : state.linked) {
        if (cancelled)
            break;
        if (seen.contains(identity))
            continue;
        seen.insert(identity);
        found(std::move(file));
    }
    return problems;
}

} // namespace Broadsheet::Core

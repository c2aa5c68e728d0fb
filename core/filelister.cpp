// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/filelister.h"

#include "core/articlereader.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QSet>

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

struct Walk {
    const FileLister::Found &found;
    const std::atomic_bool &cancelled;
    QSet<FileIdentity> direct; // files found by name, not through a link
    QList<std::pair<ListedFile, FileIdentity>> linked; // handed over at the end, once each
};

#ifdef Q_OS_UNIX
// readdir and fstatat: a QDirIterator makes a QFileInfo per entry, which takes several times
// as long as the system calls themselves on a library of 100,000 files.
void walk(int directory, const QString &path, Walk &state)
{
    DIR *stream = fdopendir(directory);
    if (!stream) {
        close(directory);
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
        const QString childPath = path + u'/' + QFile::decodeName(name);
        if (type == DT_DIR) {
            // Hidden folders (.git, an editor's .trash) hold no articles to show; the folder
            // watcher leaves them out too.
            if (name[0] == '.')
                continue;
            // O_NOFOLLOW: a folder replaced by a link since readdir is not followed either.
            const int child = openat(dirfd(stream), name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
            if (child >= 0)
                walk(child, childPath, state);
            continue;
        }
        if ((type != DT_REG && type != DT_LNK) || !ArticleReader::isArticleFileName(QFile::decodeName(name)))
            continue;
        // Links are followed to files only (a link to a folder is not a file: skipped).
        const int flags = type == DT_LNK ? 0 : AT_SYMLINK_NOFOLLOW;
        if ((!haveInfo || type == DT_LNK) && fstatat(dirfd(stream), name, &info, flags) != 0)
            continue;
        if (!S_ISREG(info.st_mode))
            continue;
        ListedFile file {childPath, qint64(info.st_size),
                         qint64(info.st_mtim.tv_sec) * 1000 + info.st_mtim.tv_nsec / 1000000};
        const FileIdentity identity {quint64(info.st_dev), quint64(info.st_ino)};
        if (type == DT_LNK) {
            state.linked.append({std::move(file), identity});
        } else {
            state.direct.insert(identity);
            state.found(std::move(file));
        }
    }
    closedir(stream); // closes `directory` too
}
#endif

} // namespace

QList<Problem> FileLister::list(const QStringList &folders, const std::atomic_bool &cancelled,
                                const Found &found)
{
    QList<Problem> problems;
    Walk state {found, cancelled, {}, {}};
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
            walk(directory, folder, state);
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
                state.direct.insert(identity);
                found(std::move(listed));
            }
        }
#endif
    }
    QSet<FileIdentity> seen;
    for (auto &[file, identity] : state.linked) {
        if (cancelled)
            break;
        if (state.direct.contains(identity) || seen.contains(identity))
            continue;
        seen.insert(identity);
        found(std::move(file));
    }
    return problems;
}

} // namespace Broadsheet::Core

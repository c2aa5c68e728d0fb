// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QMutex>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace Broadsheet::Core {

// Images that sit next to articles in the library ("images/chart.png" in a body), shown as
// broadsheet://local/<token>. A file gets a token only when it is inside one of the library's
// folders once symbolic links are resolved, so an article can never show (or make the view load)
// anything else from the disk. Thread-safe: pages are rendered off the GUI thread and served on it.
class LocalFiles final
{
public:
    // The page URL for `relative` as written in the article at `articlePath`, or nothing when it
    // does not name a regular file inside one of `libraryFolders`.
    std::optional<QUrl> urlFor(const QUrl &relative, const QString &articlePath,
                               const QStringList &libraryFolders);

    // The file behind a token handed out by urlFor().
    std::optional<QString> fileFor(QStringView token) const;

private:
    mutable QMutex m_mutex;
    QHash<QString, QString> m_files; // token → canonical path
};

} // namespace Broadsheet::Core

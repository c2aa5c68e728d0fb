// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"

#include <QSet>
#include <QString>

namespace Broadsheet::Core {

// File names for exported articles: "YYYY-MM-DD title.pdf", safe on every common filesystem
// (ext4, NTFS, FAT32/exFAT, APFS, SMB shares) and unique within one export.
//
// Safe means: none of / \ : * ? " < > |, no control characters, no leading dot (hidden on
// Unix) and no trailing dot or space (Windows drops them), at most maxBytes UTF-8 bytes for
// the whole name, and never a reserved Windows device name (CON, NUL, COM1 …).
class ExportFileNames final
{
public:
    static constexpr int maxBytes = 120;

    // The safe form of `name` without an extension; never empty.
    static QString safeBaseName(const QString &name, int maxBaseBytes = maxBytes);
    static QString baseNameFor(const Article &article); // "YYYY-MM-DD title", local date

    // Names that are already taken (files in the destination folder), compared without case
    // because Windows and macOS filesystems ignore it.
    void reserve(const QString &fileName);
    // A name for `article` ending in `suffix` (".pdf", ".html") that was not handed out
    // before: "… (2).pdf", "… (3).pdf" on a clash.
    QString take(const Article &article, const QString &suffix);
    QString take(const QString &baseName, const QString &suffix);

private:
    QSet<QString> m_taken; // case-folded
};

} // namespace Broadsheet::Core

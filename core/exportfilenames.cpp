// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exportfilenames.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace Broadsheet::Core {

namespace {

bool isForbidden(QChar c)
{
    // Control characters (C0, DEL, C1) are legal on ext4 but break shells, zip files and Windows.
    if (c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() < 0xa0))
        return true;
    return QStringView(u"/\\:*?\"<>|").contains(c);
}

// Windows refuses these as a name's stem whatever the extension ("NUL.pdf", "com1.txt").
bool isReservedOnWindows(const QString &name)
{
    static const QStringList reserved = [] {
        QStringList names {u"CON"_s, u"PRN"_s, u"AUX"_s, u"NUL"_s};
        for (int i = 1; i <= 9; ++i)
            names << u"COM"_s + QString::number(i) << u"LPT"_s + QString::number(i);
        return names;
    }();
    const QString stem = name.section(u'.', 0, 0).trimmed();
    return reserved.contains(stem, Qt::CaseInsensitive);
}

// Cuts `text` to at most `bytes` UTF-8 bytes without splitting a character (surrogate pairs
// included).
QString truncatedToUtf8(const QString &text, int bytes)
{
    int used = 0;
    qsizetype end = 0;
    while (end < text.size()) {
        const bool pair =
            text.at(end).isHighSurrogate() && end + 1 < text.size() && text.at(end + 1).isLowSurrogate();
        const char32_t code =
            pair ? QChar::surrogateToUcs4(text.at(end), text.at(end + 1)) : char32_t(text.at(end).unicode());
        const int size = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
        if (used + size > bytes)
            break;
        used += size;
        end += pair ? 2 : 1;
    }
    return text.left(end);
}

QString trimmedForFileSystems(QString name)
{
    // Trailing dots and spaces vanish on Windows; a leading dot hides the file on Unix.
    while (!name.isEmpty() && (name.back() == u'.' || name.back().isSpace()))
        name.chop(1);
    while (!name.isEmpty() && (name.front() == u'.' || name.front().isSpace()))
        name.remove(0, 1);
    return name;
}

} // namespace

QString ExportFileNames::safeBaseName(const QString &name, int maxBaseBytes)
{
    QString safe;
    safe.reserve(name.size());
    bool lastWasSpace = false;
    for (const QChar c : name) {
        const bool space = c.isSpace() || isForbidden(c);
        if (space) {
            if (!lastWasSpace)
                safe += u' ';
        } else {
            safe += c;
        }
        lastWasSpace = space;
    }
    safe = trimmedForFileSystems(truncatedToUtf8(trimmedForFileSystems(safe), maxBaseBytes));
    if (safe.isEmpty())
        safe = u"article"_s;
    if (isReservedOnWindows(safe))
        safe.prepend(u'_');
    return safe;
}

QString ExportFileNames::baseNameFor(const Article &article)
{
    return article.date.toLocalTime().toString(u"yyyy-MM-dd"_s) + u' ' + article.title;
}

void ExportFileNames::reserve(const QString &fileName)
{
    m_taken.insert(fileName.toCaseFolded());
}

QString ExportFileNames::take(const Article &article, const QString &suffix)
{
    return take(baseNameFor(article), suffix);
}

QString ExportFileNames::take(const QString &baseName, const QString &suffix)
{
    const int suffixBytes = int(suffix.toUtf8().size());
    for (int n = 1;; ++n) {
        const QString counter = n == 1 ? QString() : u" ("_s + QString::number(n) + u')';
        const int room = maxBytes - suffixBytes - int(counter.size());
        const QString name = safeBaseName(baseName, room) + counter + suffix;
        if (!m_taken.contains(name.toCaseFolded())) {
            m_taken.insert(name.toCaseFolded());
            return name;
        }
    }
}

} // namespace Broadsheet::Core

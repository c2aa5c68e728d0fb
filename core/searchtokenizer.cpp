// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/searchtokenizer.h"

#include <QChar>

namespace Broadsheet::Core {

bool SearchTokenizer::isCjk(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) // CJK Unified Ideographs: nearly all Chinese text
        || (c >= 0x3400 && c <= 0x4DBF) // Extension A
        || (c >= 0x20000 && c <= 0x323AF) // Extensions B–H
        || (c >= 0xF900 && c <= 0xFAFF) // Compatibility Ideographs
        || (c >= 0x3040 && c <= 0x30FF) // Hiragana, Katakana
        || (c >= 0x31F0 && c <= 0x31FF) // Katakana extensions
        || (c >= 0xAC00 && c <= 0xD7AF) // Hangul syllables
        || c == 0x3005 || c == 0x3007; // 々 〇
}

bool SearchTokenizer::isWordCharacter(char32_t c)
{
    if (c < 0x80)
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    return c != QChar::ReplacementCharacter && !isCjk(c) && QChar::isLetterOrNumber(c);
}

char32_t SearchTokenizer::decode(std::string_view utf8, size_t at, size_t &length)
{
    const auto byte = [&utf8](size_t i) {
        return static_cast<unsigned char>(utf8[i]);
    };
    const unsigned char lead = byte(at);
    length = 1;
    if (lead < 0x80)
        return lead;
    int extra = 0;
    char32_t c = 0;
    if ((lead & 0xE0) == 0xC0) {
        extra = 1;
        c = lead & 0x1F;
    } else if ((lead & 0xF0) == 0xE0) {
        extra = 2;
        c = lead & 0x0F;
    } else if ((lead & 0xF8) == 0xF0) {
        extra = 3;
        c = lead & 0x07;
    } else {
        return QChar::ReplacementCharacter;
    }
    if (at + size_t(extra) >= utf8.size()) // cut short by the end of the text
        return QChar::ReplacementCharacter;
    for (int i = 1; i <= extra; ++i) {
        const unsigned char next = byte(at + size_t(i));
        if ((next & 0xC0) != 0x80)
            return QChar::ReplacementCharacter;
        c = (c << 6) | (next & 0x3F);
    }
    length = size_t(extra) + 1;
    return c;
}

void SearchTokenizer::foldWord(std::string_view word, std::string &out)
{
    out = QString::fromUtf8(word.data(), qsizetype(word.size())).toCaseFolded().toStdString();
}

QStringList SearchTokenizer::tokens(const QString &text, Mode mode)
{
    const QByteArray utf8 = text.toUtf8();
    QStringList result;
    tokenize(std::string_view(utf8.constData(), size_t(utf8.size())), mode,
             [&result](std::string_view token, int, int) {
                 result.append(QString::fromUtf8(token.data(), qsizetype(token.size())));
                 return true;
             });
    return result;
}

} // namespace Broadsheet::Core

// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Broadsheet::Core {

// The text of a file and how it was encoded.
struct DecodedText {
    QString text; // without any byte-order mark
    QString encoding; // "UTF-8", "UTF-16LE", "GB18030" …; empty when decoding failed
    QString error; // a sentence for the user when the bytes are not text (binary, unknown)
    QString warning; // a sentence when the text was decoded with losses (U+FFFD replacements)
    bool ok() const { return error.isEmpty(); }
};

// Decodes article files whatever their encoding, without ever guessing from the locale.
// The rules, in order:
//  1. a BOM wins (UTF-8, UTF-16LE/BE); invalid sequences after it become U+FFFD, with a warning;
//  2. NUL bytes mean binary (error), unless the bytes are UTF-16 without a BOM that starts
//     with an ASCII character (`-`, `#`, `<`, a newline: how every article starts);
//  3. valid UTF-8 is UTF-8 (pure ASCII included);
//  4. uchardet's guess, if it decodes without errors; the GBK family is always decoded
//     as GB18030, its superset;
//  5. GB18030, if it decodes without errors: the archives are Chinese, and uchardet gives
//     up on short GBK texts;
//  6. otherwise UTF-8 with U+FFFD for the bad bytes, and a warning.
// Text decoded from a BOM or a guess that contains U+0000 is refused as binary too.
// Thread-safe: every call uses its own decoders.
class TextDecoder final
{
public:
    static DecodedText decode(const QByteArray &bytes);
};

} // namespace Broadsheet::Core

// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/textdecoder.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <uchardet/uchardet.h>

#include <algorithm>
#include <memory>
#include <optional>

namespace Broadsheet::Core {

namespace {

// uchardet settles within the first few KB; feeding it a whole 16 MB file buys nothing.
constexpr qsizetype detectionLimit = 256 * 1024;

struct Attempt {
    QString text;
    bool clean = false; // no invalid or truncated sequence
};

// Decoders are used where they are made, never moved: in Qt 6.4 an ICU-backed decoder that
// was moved keeps counting its errors in the moved-from object, so hasError() stays false.
Attempt decodeWith(QStringDecoder &decoder, QByteArrayView bytes)
{
    Attempt attempt;
    attempt.text = decoder.decode(bytes);
    attempt.clean = decoder.isValid() && !decoder.hasError();
    return attempt;
}

// Stateless: a sequence cut off at the end of the file counts as an error instead of being
// held back silently, waiting for bytes that never come.
Attempt decodeWith(QStringConverter::Encoding encoding, QByteArrayView bytes)
{
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    return decodeWith(decoder, bytes);
}

Attempt decodeWith(const QByteArray &name, QByteArrayView bytes)
{
    QStringDecoder decoder(name.constData(), QStringConverter::Flag::Stateless);
    if (!decoder.isValid())
        return {};
    return decodeWith(decoder, bytes);
}

// uchardet's name for the encoding, or an empty string when it has no idea (it gives up on
// short GBK texts, and says nothing for random bytes).
QByteArray detect(QByteArrayView bytes)
{
    const std::unique_ptr<std::remove_pointer_t<uchardet_t>, decltype(&uchardet_delete)> detector(
        uchardet_new(), &uchardet_delete);
    const QByteArrayView sample = bytes.first(qMin(bytes.size(), detectionLimit));
    if (uchardet_handle_data(detector.get(), sample.data(), size_t(sample.size())) != 0)
        return {};
    uchardet_data_end(detector.get());
    QByteArray name(uchardet_get_charset(detector.get()));
    name = name.toUpper();
    // GB2312 and GBK are subsets of GB18030: decoding with the superset never loses a character
    // that an older encoder could have written.
    if (name == "GB2312" || name == "GBK" || name == "EUC-CN" || name == "CP936" || name == "X-GBK")
        name = "GB18030";
    return name;
}

// UTF-16 without a BOM: every article starts with an ASCII character (`-`, `#`, `<`, a line
// break), which UTF-16 writes as that byte next to a zero byte.
std::optional<QStringConverter::Encoding> bomlessUtf16(QByteArrayView bytes)
{
    if (bytes.size() < 2 || bytes.size() % 2 != 0)
        return std::nullopt;
    const auto printable = [](uchar c) {
        return (c >= 0x20 && c < 0x7f) || c == '\t' || c == '\n' || c == '\r';
    };
    const auto first = uchar(bytes[0]);
    const auto second = uchar(bytes[1]);
    if (printable(first) && second == 0)
        return QStringConverter::Utf16LE;
    if (first == 0 && printable(second))
        return QStringConverter::Utf16BE;
    return std::nullopt;
}

// Text has no control characters but tabs, line breaks and form feeds; binary data that
// happens to decode as UTF-16 has plenty.
bool hasOnlyTextControls(const QString &text)
{
    return std::none_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.unicode() < 0x20 && c != u'\t' && c != u'\n' && c != u'\r' && c != u'\f';
    });
}

DecodedText decoded(const QString &text, const QString &encoding)
{
    DecodedText result;
    result.text = text;
    result.encoding = encoding;
    return result;
}

DecodedText binary()
{
    DecodedText result;
    result.error = QCoreApplication::translate("Broadsheet::Core::TextDecoder",
                                               "This looks like a binary file, not text.");
    return result;
}

DecodedText withBom(QByteArrayView bytes, qsizetype bomSize, QStringConverter::Encoding encoding,
                    const QString &name)
{
    const QByteArrayView content = bytes.sliced(bomSize);
    const Attempt attempt = decodeWith(encoding, content);
    if (attempt.text.contains(QChar(0)))
        return binary();
    DecodedText result = decoded(attempt.text, name);
    // Qt 6.4 turns a last odd byte of UTF-16 into U+FFFD without reporting an error.
    const bool oddUtf16 = encoding != QStringConverter::Utf8 && content.size() % 2 != 0;
    if (!attempt.clean || oddUtf16) {
        result.warning = QCoreApplication::translate("Broadsheet::Core::TextDecoder",
                                                     "The file is marked as %1 but contains bytes "
                                                     "that are not valid %1; they are shown as “�”.")
                             .arg(name);
    }
    return result;
}

} // namespace

DecodedText TextDecoder::decode(const QByteArray &bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return withBom(bytes, 3, QStringConverter::Utf8, QStringLiteral("UTF-8"));
    if (bytes.startsWith("\xFF\xFE"))
        return withBom(bytes, 2, QStringConverter::Utf16LE, QStringLiteral("UTF-16LE"));
    if (bytes.startsWith("\xFE\xFF"))
        return withBom(bytes, 2, QStringConverter::Utf16BE, QStringLiteral("UTF-16BE"));

    // No text encoding an article could be in writes a zero byte, except UTF-16.
    if (bytes.contains('\0')) {
        if (const auto utf16 = bomlessUtf16(bytes)) {
            const Attempt attempt = decodeWith(*utf16, bytes);
            if (attempt.clean && hasOnlyTextControls(attempt.text)) {
                return decoded(attempt.text,
                               *utf16 == QStringConverter::Utf16LE ? QStringLiteral("UTF-16LE")
                                                                   : QStringLiteral("UTF-16BE"));
            }
        }
        return binary();
    }

    const Attempt utf8 = decodeWith(QStringConverter::Utf8, bytes);
    if (utf8.clean)
        return decoded(utf8.text, QStringLiteral("UTF-8"));

    const QByteArray guess = detect(bytes);
    if (!guess.isEmpty() && guess != "UTF-8" && guess != "ASCII") {
        const Attempt attempt = decodeWith(guess, bytes);
        if (attempt.clean)
            return decoded(attempt.text, QString::fromLatin1(guess));
        qCDebug(lcReader) << "uchardet guessed" << guess << "but the bytes do not decode cleanly";
    }
    if (guess != "GB18030") {
        const Attempt attempt = decodeWith(QByteArrayLiteral("GB18030"), bytes);
        if (attempt.clean)
            return decoded(attempt.text, QStringLiteral("GB18030"));
    }

    DecodedText result = decoded(utf8.text, QStringLiteral("UTF-8"));
    result.warning =
        QCoreApplication::translate("Broadsheet::Core::TextDecoder",
                                    "The file is not valid UTF-8 and its encoding was not "
                                    "recognised; the bytes that could not be read are shown as “�”.");
    return result;
}

} // namespace Broadsheet::Core

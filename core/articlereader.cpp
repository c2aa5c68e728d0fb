// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/articlereader.h"

#include "core/frontmatter.h"
#include "core/logging.h"
#include "core/textdecoder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <QScopeGuard>

#include <algorithm>
#include <optional>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace Broadsheet::Core {

using namespace Qt::StringLiterals;

namespace {

// Headings are looked for near the top only: a title is never 64 KB down, and the regular
// expressions then never run over a 16 MB body.
constexpr qsizetype headingSearchLimit = 64 * 1024;

QRegularExpression compiled(const QString &pattern, QRegularExpression::PatternOptions options)
{
    QRegularExpression expression(pattern, options);
    expression.optimize(); // now, inside the thread-safe static initialisation
    return expression;
}

// Feeds escape titles as HTML (`A &amp; B`, `&#8220;`). Qt Core has no public entity decoder,
// and only these named ones turn up in the archives.
QString decodeEntities(const QString &text)
{
    if (!text.contains(u'&'))
        return text;
    static const QHash<QString, char32_t> named = {
        {u"amp"_s, U'&'},   {u"lt"_s, U'<'},        {u"gt"_s, U'>'},     {u"quot"_s, U'"'},
        {u"apos"_s, U'\''}, {u"nbsp"_s, U'\u00a0'}, {u"hellip"_s, U'…'}, {u"mdash"_s, U'—'},
        {u"ndash"_s, U'–'}, {u"ldquo"_s, U'“'},     {u"rdquo"_s, U'”'},  {u"lsquo"_s, U'‘'},
        {u"rsquo"_s, U'’'}, {u"middot"_s, U'·'},
    };
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype semicolon = text[i] == u'&' ? text.indexOf(u';', i + 1) : -1;
        if (semicolon > i + 1 && semicolon - i <= 12) {
            const QString name = text.sliced(i + 1, semicolon - i - 1);
            char32_t code = 0;
            if (name.startsWith(u'#')) {
                bool ok = false;
                const bool hex = name.size() > 1 && (name[1] == u'x' || name[1] == u'X');
                const uint value = name.sliced(hex ? 2 : 1).toUInt(&ok, hex ? 16 : 10);
                // Not NUL, not a lone surrogate, not beyond Unicode: those stay as written.
                if (ok && value > 0 && value <= 0x10FFFF && !QChar::isSurrogate(value))
                    code = value;
            } else {
                code = named.value(name);
            }
            if (code != 0) {
                result += QString::fromUcs4(&code, 1);
                i = semicolon;
                continue;
            }
        }
        result += text[i];
    }
    return result;
}

QString plainText(const QString &html)
{
    static const QRegularExpression tag = compiled(u"<[^>]*>"_s, QRegularExpression::NoPatternOption);
    return decodeEntities(QString(html).remove(tag)).simplified();
}

// A closing sequence (`## Title ##`) is not part of the heading.
QString withoutClosingHashes(QString heading)
{
    qsizetype end = heading.size();
    while (end > 0 && heading[end - 1] == u'#')
        --end;
    if (end < heading.size() && end > 0 && (heading[end - 1] == u' ' || heading[end - 1] == u'\t'))
        heading.truncate(end);
    return heading;
}

// The text of the first <title>, <h1>–<h3> or Markdown `#`–`###` heading, whichever comes first.
// The patterns are bounded, with nothing lazy or optional before an anchor, so that a body of
// unclosed tags or endless spaces costs linear time, not quadratic.
QString titleFromBody(const QString &body)
{
    static const QRegularExpression html =
        compiled(uR"(<(title|h[1-3])\b[^>]{0,1000}>(.{0,2000}?)</\1\s*>)"_s,
                 QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression markdown =
        compiled(uR"(^ {0,3}#{1,3}[ \t]+([^\n]+))"_s, QRegularExpression::MultilineOption);

    const QStringView top = QStringView(body).first(qMin(body.size(), headingSearchLimit));
    auto first = [top](const QRegularExpression &pattern, auto textOf) -> std::pair<qsizetype, QString> {
        for (auto it = pattern.globalMatch(top); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            if (QString title = plainText(textOf(match)); !title.isEmpty())
                return {match.capturedStart(), title};
        }
        return {-1, {}};
    };
    const auto [htmlAt, htmlTitle] =
        first(html, [](const QRegularExpressionMatch &match) { return match.captured(2); });
    const auto [markdownAt, markdownTitle] = first(markdown, [](const QRegularExpressionMatch &match) {
        return withoutClosingHashes(match.captured(1).trimmed());
    });
    if (markdownAt >= 0 && (htmlAt < 0 || markdownAt < htmlAt))
        return markdownTitle;
    return htmlTitle;
}

// QDir::isAbsolutePath() makes a QFileInfo: a tenth of a first open's parsing.
bool isAbsolute(const QString &path)
{
#ifdef Q_OS_UNIX
    return path.startsWith(u'/');
#else
    return QDir::isAbsolutePath(path);
#endif
}

// QChar::isSpace(), without asking Unicode's tables about the Chinese characters of a title:
// no space comes before U+1680 but these.
bool isSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x1680 ? u == u' ' || (u >= u'\t' && u <= u'\r') || u == 0x85 || u == 0xa0 : c.isSpace();
}

// QString::simplified(), without making a copy of text that is simplified already.
QString simplified(const QString &text)
{
    bool space = true; // before the first character: a leading space is to go
    for (const QChar c : text) {
        if (isSpace(c)) {
            if (space || c != u' ')
                return text.simplified();
            space = true;
        } else {
            space = false;
        }
    }
    return space && !text.isEmpty() ? text.simplified() : text;
}

class Builder
{
public:
    Builder(const QString &path, qint64 size, const QDateTime &modified)
    {
        m_file.article.path = isAbsolute(path) ? path : QFileInfo(path).absoluteFilePath();
        m_file.article.fileSize = size;
        // The date must always be valid: a file without one (tests) gets now.
        m_file.article.fileModified = modified.isValid() ? modified : QDateTime::currentDateTimeUtc();
        useFileDate();
    }

    ArticleFile fail(const QString &message)
    {
        m_file.ok = false;
        m_file.article.title = QFileInfo(m_file.article.path).completeBaseName();
        add(message, 0, Problem::Severity::Error);
        return std::move(m_file);
    }

    void warn(const QString &message, int line = 0) { add(message, line, Problem::Severity::Warning); }
    void useFileDate()
    {
        m_file.article.date = m_file.article.fileModified;
        m_file.article.dateOrigin = DateOrigin::FileModified;
    }

    ArticleFile &file() { return m_file; }
    ArticleFile take()
    {
        m_file.ok = true;
        return std::move(m_file);
    }

private:
    void add(const QString &message, int line, Problem::Severity severity)
    {
        qCDebug(lcReader).noquote() << m_file.article.path << line << message;
        m_file.problems.append({m_file.article.path, line, message, severity});
    }

    ArticleFile m_file;
};

// The sentence saying where a recovered title came from, and sets it.
QString recoverTitle(Article &article, const QString &body)
{
    article.title = titleFromBody(body);
    if (!article.title.isEmpty()) {
        return QCoreApplication::translate("Broadsheet::Core::ArticleReader",
                                           "Its title was taken from its first heading.");
    }
    const QFileInfo info(article.path);
    article.title = info.completeBaseName().isEmpty() ? info.fileName() : info.completeBaseName();
    return QCoreApplication::translate("Broadsheet::Core::ArticleReader",
                                       "Its file name is used as its title.");
}

// Sets the article's date from the front matter, or says why the file's time stands in.
void readDate(Builder &builder, const FrontMatter &frontMatter, const DateParser &dates)
{
    const QString fallback = QCoreApplication::translate("Broadsheet::Core::ArticleReader",
                                                         "The file's modification time is used as its date.");
    if (frontMatter.date.isEmpty()) {
        builder.warn(
            QCoreApplication::translate("Broadsheet::Core::ArticleReader", "The front matter has no date.")
            + u' ' + fallback);
        return;
    }
    const auto date = dates.parseUnchecked(frontMatter.date);
    if (!date) {
        builder.warn(
            QCoreApplication::translate("Broadsheet::Core::ArticleReader", "The date “%1” is not understood.")
                    .arg(frontMatter.date)
                + u' ' + fallback,
            frontMatter.dateLine);
    } else if (!DateParser::isPlausible(*date)) {
        builder.warn(QCoreApplication::translate("Broadsheet::Core::ArticleReader",
                                                 "The date %1 is not plausible for a news article.")
                             .arg(frontMatter.date)
                         + u' ' + fallback,
                     frontMatter.dateLine);
    } else {
        builder.file().article.date = *date;
        builder.file().article.dateOrigin = DateOrigin::FrontMatter;
    }
}

QString tooLargeMessage()
{
    return QCoreApplication::translate("Broadsheet::Core::ArticleReader",
                                       "The file is larger than %1 MB. Articles are a few KB, so this "
                                       "is probably not an article; it was skipped.")
        .arg(ArticleReader::maxFileSize / (1024 * 1024));
}

} // namespace

bool ArticleReader::isArticleFileName(const QString &fileName)
{
    static constexpr QLatin1StringView suffixes[] = {".md"_L1, ".markdown"_L1, ".html"_L1, ".htm"_L1};
    for (const QLatin1StringView suffix : suffixes) {
        if (fileName.size() > suffix.size() && fileName.endsWith(suffix, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

ArticleFile ArticleReader::read(const QString &path) const
{
    const QFileInfo info(path);
    const QDateTime modified = info.lastModified().toUTC();
    // A pipe or a device named *.md would block or never end; a folder cannot be opened.
    if (info.exists() && !info.isFile()) {
        return Builder(path, 0, modified)
            .fail(QCoreApplication::translate(
                "Broadsheet::Core::ArticleReader",
                "This is not a regular file (it is a folder, a device or a pipe), so it was not read."));
    }

    QFile file(path);
    const auto cannotRead = [&file] {
        return QCoreApplication::translate("Broadsheet::Core::ArticleReader", "The file cannot be read: %1.")
            .arg(file.errorString());
    };
    if (!file.open(QIODevice::ReadOnly))
        return Builder(path, 0, modified).fail(cannotRead());
    if (file.size() > maxFileSize)
        return Builder(path, file.size(), modified).fail(tooLargeMessage());

    // One byte more than allowed tells a file that grew since size() from one that fits.
    const QByteArray bytes = file.read(maxFileSize + 1);
    if (file.error() != QFileDevice::NoError)
        return Builder(path, file.size(), modified).fail(cannotRead());
    if (bytes.size() > maxFileSize)
        return Builder(path, bytes.size(), modified).fail(tooLargeMessage());
    return parse(path, bytes, modified);
}

namespace {

// Where the front matter of `bytes` ends (after its closing line), when it starts at the top
// (after blank lines) and closes within them; -1 otherwise. Bytes, not text: the caller decodes
// only what is needed.
qsizetype frontMatterEnd(QByteArrayView bytes)
{
    // Three times `c` at `at`: a delimiter line starts there.
    const auto threeAt = [bytes](qsizetype at, char c) {
        return at + 3 <= bytes.size() && bytes[at] == c && bytes[at + 1] == c && bytes[at + 2] == c;
    };
    qsizetype at = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (at < bytes.size() && (bytes[at] == '\n' || bytes[at] == '\r' || bytes[at] == ' '))
        ++at;
    if (!threeAt(at, '-'))
        return -1;
    for (qsizetype line = bytes.indexOf('\n', at); line >= 0; line = bytes.indexOf('\n', line + 1)) {
        if (threeAt(line + 1, '-') || threeAt(line + 1, '.')) {
            const qsizetype end = bytes.indexOf('\n', line + 1);
            return end < 0 ? bytes.size() : end + 1;
        }
    }
    return -1;
}

struct Head {
    // The first bytes of the file, perhaps all of them. In a buffer of the thread's own, reused
    // from file to file (a new one each time is a large allocation): valid until the thread's
    // next readHead().
    QByteArrayView bytes;
    qint64 fileSize = 0;
    QDateTime modified; // when the file had to be asked for its size: its modification time
};

// The first `first` bytes of a file, or up to `most` when `enough` says those are not enough;
// nullopt when it cannot be read (read() then says why). Front matter is a few hundred bytes:
// copying 16 KB of a long article's body for it would cost more than the system call. On Unix
// with open(), fstat() and read(): QFile also asks for the file's status by its path at every
// open, which is a tenth of the time the system spends when 100,000 files are listed.
template<typename Enough>
std::optional<Head> readHead(const QString &path, qint64 size, qsizetype first, qsizetype most, Enough enough)
{
#ifdef Q_OS_UNIX
    // Non-blocking: a pipe put where a file was listed must not wait for a writer.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0)
        return std::nullopt;
    const auto closed = qScopeGuard([fd] { ::close(fd); });
    Head head;
    if (size < 0) {
        struct stat status;
        if (::fstat(fd, &status) != 0 || !S_ISREG(status.st_mode))
            return std::nullopt; // a folder, a pipe: read() says which
        size = status.st_size;
        head.modified = QDateTime::fromMSecsSinceEpoch(
            qint64(status.st_mtim.tv_sec) * 1000 + status.st_mtim.tv_nsec / 1000000, Qt::UTC);
    }
    if (size == 0)
        return std::nullopt; // read() says it is empty
    head.fileSize = size;
    const qsizetype wanted = qsizetype(qMin<qint64>(size, most));
    thread_local QByteArray buffer;
    buffer.resize(wanted);
    qsizetype got = 0;
    // A file cut short since its size was taken just ends the reading early.
    const auto readUpTo = [&](qsizetype end) {
        while (got < end) {
            const ssize_t n = ::read(fd, buffer.data() + got, size_t(end - got));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                return n == 0;
            got += n;
        }
        return true;
    };
    if (!readUpTo(qMin(first, wanted)))
        return std::nullopt;
    if (got == qMin(first, wanted) && !enough(QByteArrayView(buffer).first(got)) && !readUpTo(wanted))
        return std::nullopt;
    if (got == 0)
        return std::nullopt;
    head.bytes = QByteArrayView(buffer).first(got);
    return head;
#else
    Q_UNUSED(size)
    Q_UNUSED(first)
    Q_UNUSED(enough)
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return std::nullopt;
    thread_local QByteArray buffer;
    buffer = file.read(most);
    if (file.error() != QFileDevice::NoError)
        return std::nullopt;
    return Head {buffer, file.size(), file.fileTime(QFileDevice::FileModificationTime).toUTC()};
#endif
}

} // namespace

ArticleFile ArticleReader::readMetadata(const QString &path, const QDateTime &modified, qint64 size) const
{
    // Front matter is a few hundred bytes: decoding and splitting a whole file for it is most of
    // the work of listing a library, so only the front matter is decoded when it is plain
    // UTF-8 and says all there is to say. Anything else (no front matter, another encoding, a
    // problem to report) goes the long way, so the result is the same as read()'s.
    constexpr qint64 headSize = 16 * 1024;
    constexpr qint64 firstPart = 2 * 1024; // real front matter is 200 to 600 bytes
    qsizetype end = -1; // where the front matter ends in the first `scanned` bytes
    qsizetype scanned = -1;
    const std::optional<Head> top =
        readHead(path, size, firstPart, headSize + 1, [&end, &scanned](QByteArrayView bytes) {
            end = frontMatterEnd(bytes);
            scanned = bytes.size();
            // Closed, with the closing line's end read too.
            return end > 0 && bytes.at(end - 1) == '\n';
        });
    if (!top)
        return read(path); // which says why
    const QDateTime &fileModified = modified.isValid() ? modified : top->modified;
    const QByteArrayView head = top->bytes;
    if (scanned != head.size())
        end = frontMatterEnd(head); // more was read, or the first part was all there is
    if (end > 0 && head.first(end).isValidUtf8()) {
        ArticleFile parsed = parse(path, head.first(end).toByteArray(), fileModified);
        if (parsed.ok && parsed.frontMatterParsed && parsed.problems.isEmpty()) {
            parsed.article.fileSize = top->fileSize;
            return parsed;
        }
    }
    if (head.size() == top->fileSize && head.size() <= headSize)
        return parse(path, head.toByteArray(), fileModified); // the whole file
    return read(path);
}

ArticleFile ArticleReader::parse(const QString &path, const QByteArray &bytes,
                                 const QDateTime &fileModified) const
{
    Builder builder(path, bytes.size(), fileModified);
    if (bytes.size() > maxFileSize)
        return builder.fail(tooLargeMessage());

    const DecodedText decoded = TextDecoder::decode(bytes);
    if (!decoded.ok())
        return builder.fail(decoded.error);
    if (std::all_of(decoded.text.cbegin(), decoded.text.cend(), [](QChar c) { return c.isSpace(); }))
        return builder.fail(
            QCoreApplication::translate("Broadsheet::Core::ArticleReader", "The file is empty."));
    ArticleFile &file = builder.file();
    Article &article = file.article;
    file.encoding = decoded.encoding;
    if (!decoded.warning.isEmpty())
        builder.warn(decoded.warning);

    FrontMatter frontMatter = FrontMatterParser::parse(decoded.text);
    file.body = std::move(frontMatter.body);
    file.bodyLine = frontMatter.bodyLine;
    // Without front matter the date falls back to the file's time; one warning says it all.
    const QString noDate = QCoreApplication::translate("Broadsheet::Core::ArticleReader",
                                                       "The file's modification time is used as its date.");

    switch (frontMatter.status) {
    case FrontMatter::Status::Missing:
        builder.warn(QCoreApplication::translate("Broadsheet::Core::ArticleReader",
                                                 "The file has no front matter (lines between “---” at the "
                                                 "top giving its title, date and categories).")
                     + u' ' + recoverTitle(article, file.body) + u' ' + noDate);
        break;
    case FrontMatter::Status::Broken:
        builder.warn(frontMatter.error + u' ' + recoverTitle(article, file.body) + u' ' + noDate,
                     frontMatter.errorLine);
        break;
    case FrontMatter::Status::Parsed:
        file.frontMatterParsed = true;
        // Feeds escape HTML in these two; categories and tags come from the scraper's settings.
        article.title = simplified(decodeEntities(frontMatter.title));
        article.author = simplified(decodeEntities(frontMatter.author));
        if (article.title.isEmpty()) {
            builder.warn(QCoreApplication::translate("Broadsheet::Core::ArticleReader",
                                                     "The front matter has no title.")
                         + u' ' + recoverTitle(article, file.body));
        }
        article.categories = frontMatter.categories;
        article.tags = frontMatter.tags;
        article.headImage = frontMatter.headImage;
        // Feeds often give the same picture for both: one string then, not two per article.
        article.thumbnail =
            frontMatter.thumbnail == article.headImage ? article.headImage : frontMatter.thumbnail;
        article.link = frontMatter.link;
        article.extra = frontMatter.extra;
        readDate(builder, frontMatter, m_dates);
        break;
    }
    return builder.take();
}

} // namespace Broadsheet::Core

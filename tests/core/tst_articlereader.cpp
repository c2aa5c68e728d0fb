// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/articlereader.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace Broadsheet::Core;
using namespace Qt::StringLiterals;

using Extras = QList<QPair<QString, QString>>;

namespace {

const QDateTime fileTime(QDate(2023, 5, 6), QTime(7, 8, 9), QTimeZone::utc());

QDateTime utc(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toUTC();
}

QString dataFile(const QString &name)
{
    return QFINDTESTDATA(u"data/reader/"_s + name);
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

ArticleFile parseText(const QString &text, const QString &fileName = u"article.md"_s,
                      const ArticleReader &reader = ArticleReader())
{
    return reader.parse(u"/archive/"_s + fileName, text.toUtf8(), fileTime);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestArticleReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sampleArticle();
    void sameArticleWhateverTheEncoding_data();
    void sameArticleWhateverTheEncoding();
    void recovery_data();
    void recovery();
    void dates_data();
    void dates();
    void assumedZoneIsUsed();
    void entities_data();
    void entities();
    void extrasInFileOrder();
    void aliasBombIsReadSafely();
    void refused_data();
    void refused();
    void missingAndSpecialFiles();
    void metadataAloneIsWhatReadingSays();
    void unreadableFile();
    void oversizedFile();
    void garbageOfTheMaximumSize_data();
    void garbageOfTheMaximumSize();
    void relativePathBecomesAbsolute();
    void readingChangesNothing();
    void concurrentReadsAgree();
    void isArticleFileName_data();
    void isArticleFileName();
};

void TestArticleReader::initTestCase()
{
    // The reader logs every problem at debug level; the assertions below say the same.
    QLoggingCategory::setFilterRules(u"broadsheet.core.reader.debug=false"_s);
}

void TestArticleReader::sampleArticle()
{
    const QString path = dataFile(u"sina-henan-banks-2022-02-10.md"_s);
    const QFileInfo info(path);
    const ArticleFile file = ArticleReader().read(path);

    QVERIFY(file.ok);
    QCOMPARE(file.problems, QList<Problem>());
    QCOMPARE(file.encoding, u"UTF-8"_s);
    const Article &article = file.article;
    QCOMPARE(article.title, u"河南省委书记楼阳生主持召开驻豫银行行长座谈会"_s);
    QCOMPARE(article.categories, (QStringList {u"金融"_s, u"新浪财经"_s, u"新浪财经－国內"_s}));
    QCOMPARE(article.author, u"新浪财经"_s);
    QCOMPARE(article.date, utc(u"2022-02-10T09:43:08Z"_s));
    QCOMPARE(article.dateOrigin, DateOrigin::FrontMatter);
    QCOMPARE(article.headImage, u"https://n.sinaimg.cn/finance/cece9e13/20200514/343233024.png"_s);
    QCOMPARE(article.thumbnail, u"https://n.sinaimg.cn/finance/cece9e13/20200514/343233024.png"_s);
    QCOMPARE(article.extra, (Extras {{u"comments"_s, u"false"_s}}));
    QCOMPARE(article.tags, QStringList());
    QCOMPARE(article.link, QString());
    QCOMPARE(article.path, info.absoluteFilePath());
    QCOMPARE(article.fileSize, info.size());
    QCOMPARE(article.fileModified, info.lastModified().toUTC());
    QCOMPARE(file.bodyLine, 14);
    QVERIFY(file.body.startsWith(u"\n<div>   \n<p cms-style=\"font-L\">　　来源：河南日报</p>"_s));
    QVERIFY(file.body.trimmed().endsWith(u"</div>"_s));
}

void TestArticleReader::sameArticleWhateverTheEncoding_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");

    const QByteArray utf8 = fileBytes(dataFile(u"utf8.md"_s));
    QByteArray crlf = utf8;
    crlf.replace("\n", "\r\n");
    QTest::newRow("UTF-8") << utf8 << u"UTF-8"_s;
    QTest::newRow("UTF-8 with BOM") << QByteArray("\xEF\xBB\xBF" + utf8) << u"UTF-8"_s;
    QTest::newRow("CRLF") << crlf << u"UTF-8"_s;
    QTest::newRow("CRLF with BOM") << QByteArray("\xEF\xBB\xBF" + crlf) << u"UTF-8"_s;
    QTest::newRow("GBK") << fileBytes(dataFile(u"gbk.md"_s)) << u"GB18030"_s;
    QTest::newRow("UTF-16LE with BOM") << fileBytes(dataFile(u"utf16le-bom.md"_s)) << u"UTF-16LE"_s;
    QTest::newRow("UTF-16BE with BOM") << fileBytes(dataFile(u"utf16be-bom.md"_s)) << u"UTF-16BE"_s;
}

void TestArticleReader::sameArticleWhateverTheEncoding()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);

    const ArticleFile file = ArticleReader().parse(u"/archive/a.md"_s, bytes, fileTime);
    QVERIFY(file.ok);
    QCOMPARE(file.problems, QList<Problem>());
    QCOMPARE(file.encoding, encoding);
    QCOMPARE(file.article.title, u"河南银行业金融机构助力经济稳定发展"_s);
    QCOMPARE(file.article.categories, (QStringList {u"金融"_s, u"新浪财经"_s, u"新浪财经－国內"_s}));
    QCOMPARE(file.article.author, u"新浪财经"_s);
    QCOMPARE(file.article.date, utc(u"2022-02-10T09:43:08Z"_s));
    QCOMPARE(file.bodyLine, 11);
    QVERIFY(file.body.contains(u"省委书记楼阳生主持召开金融工作座谈会"_s));
}

void TestArticleReader::recovery_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("message"); // a part of the one warning
    QTest::addColumn<int>("line");
    QTest::addColumn<DateOrigin>("dateOrigin");

    const auto fileDate = DateOrigin::FileModified;
    QTest::newRow("no front matter: Markdown heading")
        << u"a.md"_s << u"导语\n\n# 央行降准\n\n正文"_s << u"央行降准"_s << u"no front matter"_s << 0
        << fileDate;
    QTest::newRow("no front matter: ## heading with closing hashes")
        << u"a.md"_s << u"## 标题 ##\n正文"_s << u"标题"_s << u"first heading"_s << 0 << fileDate;
    QTest::newRow("no front matter: <h1> with markup and entities")
        << u"a.html"_s << u"<div><h1 class=\"t\">A &amp; <b>B</b>\n</h1></div>"_s << u"A & B"_s
        << u"first heading"_s << 0 << fileDate;
    QTest::newRow("no front matter: <title> comes before <h1>")
        << u"a.html"_s << u"<html><head><TITLE>页标题</TITLE></head><body><h1>正文标题</h1>"_s << u"页标题"_s
        << u"first heading"_s << 0 << fileDate;
    QTest::newRow("no front matter: empty <h1> skipped")
        << u"a.html"_s << u"<h1> </h1><h3>第二</h3>"_s << u"第二"_s << u"first heading"_s << 0 << fileDate;
    QTest::newRow("no front matter: <h4> is not a title")
        << u"研报摘要.html"_s << u"<h4>相关阅读</h4><p>x</p>"_s << u"研报摘要"_s << u"file name"_s << 0
        << fileDate;
    QTest::newRow("no front matter: #hashtag is not a heading")
        << u"2022-02-10.sina.md"_s << u"#银行 #河南\n正文"_s << u"2022-02-10.sina"_s << u"file name"_s << 0
        << fileDate;
    QTest::newRow("no front matter: C# is not a closing sequence")
        << u"a.md"_s << u"# Learning C#\n"_s << u"Learning C#"_s << u"first heading"_s << 0 << fileDate;
    // Both would take minutes with a pattern that backtracks quadratically.
    QTest::newRow("no front matter: thousands of unclosed <h1")
        << u"unclosed.html"_s << QString(u"<h1 "_s).repeated(16000) << u"unclosed"_s << u"file name"_s << 0
        << fileDate;
    QTest::newRow("no front matter: a heading of endless spaces")
        << u"a.md"_s << QString(u"# "_s + QString(60000, u' ') + u"x\n"_s) << u"x"_s << u"first heading"_s
        << 0 << fileDate;
    QTest::newRow("broken YAML: line and heading")
        << u"a.md"_s << u"\n---\ntitle: A\nauthor: B: C\n---\n# 标题\n"_s << u"标题"_s << u"not valid YAML"_s
        << 4 << fileDate;
    QTest::newRow("front matter never closed")
        << u"a.md"_s << u"\n---\ntitle: X\n\n# 标题\n"_s << u"标题"_s << u"never closed"_s << 2 << fileDate;
    QTest::newRow("front matter without title")
        << u"a.md"_s << u"---\ndate: 2022-02-10\n---\n<h2>小标题</h2>"_s << u"小标题"_s << u"no title"_s << 0
        << DateOrigin::FrontMatter;
    QTest::newRow("empty title") << u"快讯.md"_s << u"---\ntitle: ''\ndate: 2022-02-10\n---\n正文"_s
                                 << u"快讯"_s << u"no title"_s << 0 << DateOrigin::FrontMatter;
    QTest::newRow("invalid UTF-8 is shown, with a warning")
        << u"a.md"_s << u"---\ntitle: 河南\ufffd银行\ndate: 2022-02-10\n---\n"_s << u"河南\ufffd银行"_s
        << u"not valid UTF-8"_s << 0 << DateOrigin::FrontMatter;
}

void TestArticleReader::recovery()
{
    QFETCH(QString, fileName);
    QFETCH(QString, text);
    QFETCH(QString, title);
    QFETCH(QString, message);
    QFETCH(int, line);
    QFETCH(DateOrigin, dateOrigin);

    QByteArray bytes = text.toUtf8();
    bytes.replace("\xEF\xBF\xBD", "\xFF"); // U+FFFD in a row stands for an invalid byte
    const ArticleFile file = ArticleReader().parse(u"/archive/"_s + fileName, bytes, fileTime);
    QVERIFY(file.ok);
    QCOMPARE(file.article.title, title);
    QCOMPARE(file.problems.size(), 1);
    const Problem &problem = file.problems.constFirst();
    QVERIFY2(problem.message.contains(message), qPrintable(problem.message));
    QCOMPARE(problem.line, line);
    QCOMPARE(problem.severity, Problem::Severity::Warning);
    QCOMPARE(problem.path, u"/archive/"_s + fileName);
    QCOMPARE(file.article.dateOrigin, dateOrigin);
    if (dateOrigin == DateOrigin::FileModified) {
        QCOMPARE(file.article.date, fileTime);
        QVERIFY2(problem.message.contains(u"modification time"_s), qPrintable(problem.message));
    }
}

void TestArticleReader::dates_data()
{
    QTest::addColumn<QString>("yaml");
    QTest::addColumn<QDateTime>("date");
    QTest::addColumn<DateOrigin>("origin");
    QTest::addColumn<QString>("message"); // empty: no warning
    QTest::addColumn<int>("line");

    QTest::newRow("rfc2822") << u"date: Thu, 10 Feb 2022 09:43:08 GMT"_s << utc(u"2022-02-10T09:43:08Z"_s)
                             << DateOrigin::FrontMatter << QString() << 0;
    QTest::newRow("hexo, China time") << u"date: 2021-04-11 00:30:33"_s << utc(u"2021-04-10T16:30:33Z"_s)
                                      << DateOrigin::FrontMatter << QString() << 0;
    QTest::newRow("no date key") << u"author: x"_s << fileTime << DateOrigin::FileModified << u"has no date"_s
                                 << 0;
    QTest::newRow("empty date") << u"date:"_s << fileTime << DateOrigin::FileModified << u"has no date"_s
                                << 0;
    QTest::newRow("not understood") << u"author: x\ndate: yesterday"_s << fileTime << DateOrigin::FileModified
                                    << u"“yesterday” is not understood"_s << 4;
    QTest::newRow("zero unix time") << u"date: 1970-01-01"_s << fileTime << DateOrigin::FileModified
                                    << u"1970-01-01 is not plausible"_s << 3;
    QTest::newRow("far future") << u"date: 2099-01-01 08:00"_s << fileTime << DateOrigin::FileModified
                                << u"2099-01-01 08:00 is not plausible"_s << 3;
}

void TestArticleReader::dates()
{
    QFETCH(QString, yaml);
    QFETCH(QDateTime, date);
    QFETCH(DateOrigin, origin);
    QFETCH(QString, message);
    QFETCH(int, line);

    const ArticleFile file = parseText(u"---\ntitle: T\n"_s + yaml + u"\n---\nbody"_s);
    QVERIFY(file.ok);
    QCOMPARE(file.article.date, date);
    QCOMPARE(file.article.dateOrigin, origin);
    QCOMPARE(file.article.fileModified, fileTime);
    if (message.isEmpty()) {
        QCOMPARE(file.problems, QList<Problem>());
        return;
    }
    QCOMPARE(file.problems.size(), 1);
    QVERIFY2(file.problems.constFirst().message.contains(message),
             qPrintable(file.problems.constFirst().message));
    QVERIFY(file.problems.constFirst().message.contains(u"modification time"_s));
    QCOMPARE(file.problems.constFirst().line, line);
}

void TestArticleReader::assumedZoneIsUsed()
{
    const QString text = u"---\ntitle: T\ndate: 2021-04-11 00:30:33\n---\n"_s;
    const ArticleReader utcReader {DateParser(QTimeZone::utc())};
    QCOMPARE(parseText(text, u"a.md"_s, utcReader).article.date, utc(u"2021-04-11T00:30:33Z"_s));
    QCOMPARE(parseText(text).article.date, utc(u"2021-04-10T16:30:33Z"_s));
}

void TestArticleReader::entities_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("decoded");

    QTest::newRow("amp") << u"A &amp; B"_s << u"A & B"_s;
    QTest::newRow("decimal") << u"&#123;x&#125;"_s << u"{x}"_s;
    QTest::newRow("hex") << u"&#x7B;x&#X7d;"_s << u"{x}"_s;
    QTest::newRow("quotes and dashes")
        << u"&ldquo;降准&rdquo;&mdash;&lsquo;a&rsquo;&hellip;"_s << u"“降准”—‘a’…"_s;
    QTest::newRow("lt gt quot apos middot")
        << u"&lt;b&gt; &quot;x&quot; &apos;y&apos; a&middot;b"_s << u"<b> \"x\" 'y' a·b"_s;
    QTest::newRow("nbsp is a space") << u"A&nbsp;&nbsp;B"_s << u"A B"_s;
    QTest::newRow("astral character") << u"&#x20000;"_s << u"𠀀"_s;
    QTest::newRow("decoded once, not twice") << u"&amp;lt;"_s << u"&lt;"_s;
    QTest::newRow("unknown entity kept") << u"&foo; &AMP;"_s << u"&foo; &AMP;"_s;
    QTest::newRow("bare ampersand kept") << u"AT&T & Co"_s << u"AT&T & Co"_s;
    QTest::newRow("no semicolon kept") << u"&amp B"_s << u"&amp B"_s;
    QTest::newRow("spaces around and between simplified") << u"  A   B  "_s << u"A B"_s;
    QTest::newRow("ideographic space is a space") << u"浦发\u3000银行"_s << u"浦发 银行"_s;
    QTest::newRow("single spaces kept") << u"A B C"_s << u"A B C"_s;
    QTest::newRow("invalid code points kept")
        << u"&#0; &#xD800; &#x110000; &#xZZ;"_s << u"&#0; &#xD800; &#x110000; &#xZZ;"_s;
}

void TestArticleReader::entities()
{
    QFETCH(QString, raw);
    QFETCH(QString, decoded);

    const QString quoted = u'\'' + QString(raw).replace(u"'"_s, u"''"_s) + u'\'';
    const ArticleFile file =
        parseText(u"---\ntitle: "_s + quoted + u"\nauthor: "_s + quoted + u"\ndate: 2022-02-10\n---\n"_s);
    QCOMPARE(file.problems, QList<Problem>());
    QCOMPARE(file.article.title, decoded);
    QCOMPARE(file.article.author, decoded);
}

void TestArticleReader::extrasInFileOrder()
{
    const ArticleFile file =
        parseText(u"---\nlayout: post\ntitle: 2022\ncomments: false\nsource: https://s.example\n"
                  "date: 2022-02-10\nviews: 12\n---\n"_s);
    QCOMPARE(file.problems, QList<Problem>());
    QCOMPARE(file.article.title, u"2022"_s);
    QCOMPARE(file.article.link, u"https://s.example"_s);
    QCOMPARE(file.article.extra,
             (Extras {{u"layout"_s, u"post"_s}, {u"comments"_s, u"false"_s}, {u"views"_s, u"12"_s}}));
}

void TestArticleReader::aliasBombIsReadSafely()
{
    QString yaml =
        u"---\ntitle: Bomb\nanchors:\n  a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"_s;
    for (int level = 1; level < 9; ++level) {
        const QString previous = u"*a%1"_s.arg(level - 1);
        yaml += u"  a%1: &a%1 [%2, %2, %2, %2, %2, %2, %2, %2, %2, %2]\n"_s.arg(level).arg(previous);
    }
    yaml += u"categories: *a8\n---\n# 真正的标题\n"_s;

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"expands beyond"_s));
    const ArticleFile file = parseText(yaml);
    QVERIFY(file.ok);
    QCOMPARE(file.article.title, u"真正的标题"_s);
    QCOMPARE(file.article.categories, QStringList());
    QCOMPARE(file.problems.size(), 1);
    QCOMPARE(file.problems.constFirst().line, 13);
}

void TestArticleReader::refused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty") << QByteArray() << u"empty"_s;
    QTest::newRow("only blank lines") << QByteArray("\n \r\n\t\n") << u"empty"_s;
    QTest::newRow("only a BOM") << QByteArray("\xEF\xBB\xBF") << u"empty"_s;
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << u"binary file"_s;
    QTest::newRow("over the size limit") << QByteArray(ArticleReader::maxFileSize + 1, 'x') << u"16 MB"_s;
}

void TestArticleReader::refused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);

    const ArticleFile file = ArticleReader().parse(u"/archive/x.md"_s, bytes, fileTime);
    QVERIFY(!file.ok);
    QCOMPARE(file.problems.size(), 1);
    QVERIFY2(file.problems.constFirst().message.contains(message),
             qPrintable(file.problems.constFirst().message));
    QCOMPARE(file.problems.constFirst().severity, Problem::Severity::Error);
    QCOMPARE(file.problems.constFirst().path, u"/archive/x.md"_s);
    QCOMPARE(file.article.path, u"/archive/x.md"_s);
    QCOMPARE(file.article.fileSize, bytes.size());
    QCOMPARE(file.body, QString());
}

void TestArticleReader::missingAndSpecialFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    const ArticleFile missing = ArticleReader().read(dir.filePath(u"gone.md"_s));
    QVERIFY(!missing.ok);
    QVERIFY2(missing.problems.constFirst().message.contains(u"No such file"_s),
             qPrintable(missing.problems.constFirst().message));

    QVERIFY(QDir(dir.path()).mkdir(u"folder.md"_s));
    const ArticleFile folder = ArticleReader().read(dir.filePath(u"folder.md"_s));
    QVERIFY(!folder.ok);
    QVERIFY(folder.problems.constFirst().message.contains(u"not a regular file"_s));

#ifdef Q_OS_UNIX
    // Opening a pipe for reading would wait for a writer forever.
    const QString fifo = dir.filePath(u"pipe.md"_s);
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const ArticleFile pipe = ArticleReader().read(fifo);
    QVERIFY(!pipe.ok);
    QVERIFY(pipe.problems.constFirst().message.contains(u"not a regular file"_s));
#endif
}

void TestArticleReader::metadataAloneIsWhatReadingSays()
{
    // readMetadata() reads only the front matter when it can: what it says must be what
    // read() says, for files it takes the short way and for those it does not.
    QTemporaryDir dir;
    QStringList paths;
    QDirIterator samples(QStringLiteral(BROADSHEET_SAMPLE_LIBRARY), {u"*.md"_s}, QDir::Files,
                         QDirIterator::Subdirectories);
    while (samples.hasNext())
        paths.append(samples.next());
    QVERIFY(paths.size() > 10);
    // A body far longer than the part read first, and front matter that is longer still.
    const QByteArray frontMatter = "---\ntitle: 长文\ncategories:\n- 金融\ndate: 2022-02-10 17:43:08\n---\n";
    paths.append(dir.filePath(u"long-body.md"_s));
    QVERIFY(writeFile(paths.last(), frontMatter + QByteArray(40000, 'x')));
    paths.append(dir.filePath(u"long-front-matter.md"_s));
    QVERIFY(writeFile(paths.last(), "---\ntitle: 长\nnote: " + QByteArray(20000, 'y') + "\n---\nbody\n"));
    // Front matter past the part read first (2 KB), and closing lines around its end: the
    // `---`, or a `----` that does not close it, cut anywhere.
    paths.append(dir.filePath(u"front-matter-5k.md"_s));
    QVERIFY(writeFile(paths.last(),
                      "---\ntitle: 中\nnote: " + QByteArray(5000, 'z') + "\n---\n" + QByteArray(20000, 'b')));
    for (int at = 2040; at <= 2050; ++at) {
        for (const QByteArray &closing : {QByteArray("---"), QByteArray("----\ndate: 2022-02-10\n---")}) {
            QByteArray bytes = "---\ntitle: 边界\ndate: 2022-02-11\nnote: ";
            bytes += QByteArray(at - bytes.size() - 1, 'n') + '\n' + closing + "\n<p>正文</p>\n";
            bytes += QByteArray(3000, 'b');
            paths.append(dir.filePath(u"boundary-%1-%2.md"_s.arg(at).arg(closing.size())));
            QVERIFY(writeFile(paths.last(), bytes));
        }
    }
    paths.append(dir.filePath(u"empty.md"_s));
    QVERIFY(writeFile(paths.last(), QByteArray()));
    paths.append(dir.filePath(u"gone.md"_s));
    QVERIFY(QDir(dir.path()).mkdir(u"folder.md"_s));
    paths.append(dir.filePath(u"folder.md"_s));
#ifdef Q_OS_UNIX
    paths.append(dir.filePath(u"pipe.md"_s));
    QCOMPARE(::mkfifo(QFile::encodeName(paths.last()).constData(), 0600), 0);
#endif
    const ArticleReader reader;
    for (const QString &path : std::as_const(paths)) {
        const ArticleFile whole = reader.read(path);
        // Without and with the size the listing saw.
        const QFileInfo info(path);
        for (const ArticleFile &metadata : {reader.readMetadata(path, info.lastModified()),
                                            reader.readMetadata(path, info.lastModified(), info.size())}) {
            QCOMPARE(metadata.ok, whole.ok);
            QCOMPARE(metadata.article.title, whole.article.title);
            QCOMPARE(metadata.article.categories, whole.article.categories);
            QCOMPARE(metadata.article.date, whole.article.date);
            QCOMPARE(metadata.article.fileSize, whole.article.fileSize);
            QCOMPARE(metadata.article.author, whole.article.author);
            QCOMPARE(metadata.article.dateOrigin, whole.article.dateOrigin);
            QCOMPARE(metadata.problems.size(), whole.problems.size());
            if (!whole.problems.isEmpty())
                QCOMPARE(metadata.problems.constFirst().message, whole.problems.constFirst().message);
        }
    }
    QCOMPARE(reader.readMetadata(dir.filePath(u"long-body.md"_s), fileTime).article.fileSize,
             frontMatter.size() + 40000);
}

void TestArticleReader::unreadableFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"secret.md"_s);
    QVERIFY(writeFile(path, "---\ntitle: x\n---\n"));
    QVERIFY(QFile::setPermissions(path, QFileDevice::WriteOwner));
    if (QFile file(path); file.open(QIODevice::ReadOnly))
        QSKIP("running with privileges that ignore file permissions");

    const ArticleFile file = ArticleReader().read(path);
    QVERIFY(!file.ok);
    QVERIFY2(file.problems.constFirst().message.contains(u"Permission denied"_s),
             qPrintable(file.problems.constFirst().message));
}

void TestArticleReader::oversizedFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"huge.md"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write("---\ntitle: huge\n---\n") > 0);
        QVERIFY(file.resize(ArticleReader::maxFileSize + 1)); // sparse: nothing is written
    }
    const ArticleFile file = ArticleReader().read(path);
    QVERIFY(!file.ok);
    QCOMPARE(file.problems.size(), 1);
    QVERIFY2(file.problems.constFirst().message.contains(u"larger than 16 MB"_s),
             qPrintable(file.problems.constFirst().message));
    QCOMPARE(file.article.fileSize, ArticleReader::maxFileSize + 1);
}

void TestArticleReader::garbageOfTheMaximumSize_data()
{
    QTest::addColumn<bool>("withNulBytes");
    QTest::addColumn<bool>("ok");

    QTest::newRow("random bytes: binary") << true << false;
    QTest::newRow("random high bytes, no NUL: read as text") << false << true;
}

void TestArticleReader::garbageOfTheMaximumSize()
{
    QFETCH(bool, withNulBytes);
    QFETCH(bool, ok);

    QByteArray garbage(ArticleReader::maxFileSize, Qt::Uninitialized);
    QRandomGenerator random(20220210);
    for (char &byte : garbage)
        byte = char(withNulBytes ? random.bounded(256) : 0x80 + random.bounded(128));
    QTemporaryDir dir;
    const QString path = dir.filePath(u"garbage.md"_s);
    QVERIFY(writeFile(path, garbage));
    garbage.clear();

    const ArticleFile file = ArticleReader().read(path);
    QCOMPARE(file.ok, ok);
    QVERIFY(!file.problems.isEmpty());
    QCOMPARE(file.article.fileSize, ArticleReader::maxFileSize);
    if (ok) {
        QCOMPARE(file.article.title, u"garbage"_s);
        QCOMPARE(file.article.dateOrigin, DateOrigin::FileModified);
    } else {
        QVERIFY(file.problems.constFirst().message.contains(u"binary"_s));
    }
}

void TestArticleReader::relativePathBecomesAbsolute()
{
    const QString absolute = dataFile(u"utf8.md"_s);
    const QString previous = QDir::currentPath();
    QVERIFY(QDir::setCurrent(QFileInfo(absolute).absolutePath()));
    const ArticleFile file = ArticleReader().read(u"utf8.md"_s);
    QVERIFY(QDir::setCurrent(previous));
    QVERIFY(file.ok);
    QCOMPARE(file.article.path, QFileInfo(absolute).absoluteFilePath());
    QVERIFY(QFileInfo(file.article.path).isAbsolute());
    QCOMPARE(file.problems.size(), 0);
}

void TestArticleReader::readingChangesNothing()
{
    QTemporaryDir dir;
    const QStringList names = {u"sina.md"_s, u"broken.md"_s, u"nothing.md"_s};
    QVERIFY(QFile::copy(dataFile(u"sina-henan-banks-2022-02-10.md"_s), dir.filePath(names[0])));
    QVERIFY(writeFile(dir.filePath(names[1]), "---\ntitle: a: b\n---\n"));
    QVERIFY(writeFile(dir.filePath(names[2]), "just text"));
    auto snapshot = [&dir] {
        QStringList entries;
        for (QDirIterator it(dir.path(), QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                             QDirIterator::Subdirectories);
             it.hasNext();) {
            const QFileInfo info(it.next());
            entries.append(info.fileName() + u' ' + QString::number(info.size()) + u' '
                           + info.lastModified().toString(Qt::ISODateWithMs) + u' '
                           + QString::number(info.permissions().toInt()));
        }
        entries.sort();
        return entries;
    };
    const QStringList before = snapshot();
    for (const QString &name : names)
        ArticleReader().read(dir.filePath(name));
    QCOMPARE(snapshot(), before);
    QCOMPARE(fileBytes(dir.filePath(names[0])), fileBytes(dataFile(u"sina-henan-banks-2022-02-10.md"_s)));
}

void TestArticleReader::concurrentReadsAgree()
{
    const QStringList fixtures = {u"sina-henan-banks-2022-02-10.md"_s, u"utf8.md"_s, u"gbk.md"_s,
                                  u"utf16le-bom.md"_s, u"utf16be-bom.md"_s};
    QStringList paths;
    for (int round = 0; round < 40; ++round) {
        for (const QString &name : fixtures)
            paths.append(dataFile(name));
    }
    const ArticleReader reader;
    auto summary = [&reader](const QString &path) {
        const ArticleFile file = reader.read(path);
        return QStringList {file.article.title, file.article.categories.join(u'/'), file.encoding,
                            file.article.date.toString(Qt::ISODate), QString::number(file.problems.size())}
            .join(u'|');
    };
    QStringList expected;
    for (const QString &path : std::as_const(paths))
        expected.append(summary(path));
    const QStringList concurrent = QtConcurrent::blockingMapped(paths, summary);
    QCOMPARE(concurrent, expected);
}

void TestArticleReader::isArticleFileName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("article");

    QTest::newRow("md") << u"a.md"_s << true;
    QTest::newRow("MD") << u"A.MD"_s << true;
    QTest::newRow("markdown") << u"a.Markdown"_s << true;
    QTest::newRow("html") << u"a.html"_s << true;
    QTest::newRow("htm") << u"a.HTM"_s << true;
    QTest::newRow("chinese name") << u"河南银行.md"_s << true;
    QTest::newRow("dots in the name") << u"2022.02.10.md"_s << true;
    QTest::newRow("txt") << u"a.txt"_s << false;
    QTest::newRow("md inside the name") << u"a.md.bak"_s << false;
    QTest::newRow("mdx") << u"a.mdx"_s << false;
    QTest::newRow("no name, only the suffix") << u".md"_s << false;
    QTest::newRow("suffix without dot") << u"readme_md"_s << false;
}

void TestArticleReader::isArticleFileName()
{
    QFETCH(QString, name);
    QFETCH(bool, article);
    QCOMPARE(ArticleReader::isArticleFileName(name), article);
}

QTEST_GUILESS_MAIN(TestArticleReader)
#include "tst_articlereader.moc"

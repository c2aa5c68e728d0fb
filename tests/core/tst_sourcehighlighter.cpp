// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sourcehighlighter.h"

#include <QFile>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Broadsheet::Core;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
    return path;
}

const QByteArray hostile = "---\ntitle: '</pre><script>alert(1)</script>'\n---\n"
                           "<p onclick=\"alert(2)\">正文</p>\n<img src=x onerror=alert(3)>\n"
                           "<!-- </span></pre><iframe src=\"https://example.com\"> -->\n";

// What may never appear as markup in a source page, whatever the file or the tool says.
void verifyNothingActive(const QString &html)
{
    QVERIFY(!html.contains(u"<script"_s, Qt::CaseInsensitive));
    QVERIFY(!html.contains(u"<img"_s, Qt::CaseInsensitive));
    QVERIFY(!html.contains(u"<iframe"_s, Qt::CaseInsensitive));
    QVERIFY(!html.contains(u"<p "_s, Qt::CaseInsensitive));
    QVERIFY(html.contains(u"Content-Security-Policy"_s));
}

} // namespace

class TestSourceHighlighter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void syntaxFollowsTheFileType_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("syntax");
        QTest::newRow("markdown") << u"/a/b.md"_s << u"Markdown"_s;
        QTest::newRow("markdown long") << u"/a/b.markdown"_s << u"Markdown"_s;
        QTest::newRow("html") << u"/a/b.html"_s << u"HTML"_s;
        QTest::newRow("htm upper case") << u"/a/B.HTM"_s << u"HTML"_s;
    }

    void syntaxFollowsTheFileType()
    {
        QFETCH(QString, path);
        QFETCH(QString, syntax);
        QCOMPARE(SourceHighlighter::syntaxFor(path), syntax);
    }

    void realTool_highlightsWithLineAnchors()
    {
        const QString command = SourceHighlighter::findCommand();
        if (command.isEmpty())
            QSKIP("kate-syntax-highlighter is not installed (libkf5syntaxhighlighting-tools)");
        const QString path = QFINDTESTDATA("data/reader/sina-henan-banks-2022-02-10.md");
        const SourcePage page = SourceHighlighter::render(path, SourceHighlighter::Theme::Light, command);
        QVERIFY2(page.highlighted, qPrintable(page.note));
        QVERIFY(page.html.contains(u"<span style=\""_s));
        QVERIFY(page.html.contains(u"河南省委书记楼阳生"_s));
        QVERIFY(page.html.contains(u"id=\"L1\""_s));
        QVERIFY(page.html.contains(u"id=\"L%1\""_s.arg(page.lineCount)));
        QVERIFY(!page.html.contains(u"id=\"L%1\""_s.arg(page.lineCount + 1)));
        // The front matter is highlighted as YAML: its keys are coloured.
        const qsizetype titleLine = page.html.indexOf(u"id=\"L3\""_s);
        const qsizetype nextLine = page.html.indexOf(u"id=\"L4\""_s);
        QVERIFY(page.html.mid(titleLine, nextLine - titleLine).contains(u"<span style=\"color:"_s));
        // The markup of the article is shown as text, never as markup.
        QVERIFY(page.html.contains(u"&lt;span"_s));
        QVERIFY(!page.html.contains(u"<span id=\"stock_"_s));
    }

    void realTool_darkThemeChangesTheColors()
    {
        const QString command = SourceHighlighter::findCommand();
        if (command.isEmpty())
            QSKIP("kate-syntax-highlighter is not installed (libkf5syntaxhighlighting-tools)");
        const QString path = writeFile(m_dir, u"dark.md"_s, "---\ntitle: x\n---\n# heading\n");
        const SourcePage light = SourceHighlighter::render(path, SourceHighlighter::Theme::Light, command);
        const SourcePage dark = SourceHighlighter::render(path, SourceHighlighter::Theme::Dark, command);
        QVERIFY(light.html.contains(u"background:#ffffff"_s));
        QVERIFY(!dark.html.contains(u"background:#ffffff"_s));
    }

    void realTool_hostileFileStaysText()
    {
        const QString command = SourceHighlighter::findCommand();
        if (command.isEmpty())
            QSKIP("kate-syntax-highlighter is not installed (libkf5syntaxhighlighting-tools)");
        const SourcePage page = SourceHighlighter::render(writeFile(m_dir, u"hostile.html"_s, hostile),
                                                          SourceHighlighter::Theme::Light, command);
        QVERIFY(page.highlighted);
        verifyNothingActive(page.html);
        QVERIFY(page.html.contains(u"alert"_s));
    }

    void missingTool_showsPlainTextAndSaysWhy()
    {
        const SourcePage page = SourceHighlighter::render(writeFile(m_dir, u"plain.md"_s, hostile),
                                                          SourceHighlighter::Theme::Light, QString());
        QVERIFY(!page.highlighted);
        QVERIFY(page.note.contains(u"libkf5syntaxhighlighting-tools"_s));
        QVERIFY(page.html.contains(u"libkf5syntaxhighlighting-tools"_s));
        verifyNothingActive(page.html);
        QVERIFY(page.html.contains(u"&lt;script&gt;alert(1)&lt;/script&gt;"_s));
        QCOMPARE(page.lineCount, 7);
    }

    void brokenTool_fallsBackToPlainText()
    {
        const SourcePage page = SourceHighlighter::render(writeFile(m_dir, u"b.md"_s, "---\ntitle: x\n---\n"),
                                                          SourceHighlighter::Theme::Light,
                                                          u"/nonexistent/kate-syntax-highlighter"_s);
        QVERIFY(!page.highlighted);
        QVERIFY(!page.note.isEmpty());
        QVERIFY(page.html.contains(u"title: x"_s));
    }

    void maliciousToolOutput_isFiltered()
    {
        // A tool that answers with markup of its own: only plain <span style> survives.
        const QString tool = writeFile(
            m_dir, u"evil-highlighter"_s,
            "#!/bin/sh\ncat >/dev/null\n"
            "echo '<html><body style=\"background-color:#000000;color:#ffffff\"><pre>'\n"
            "echo '<span style=\"color:#ff0000;\">ok</span><script>alert(1)</script>'\n"
            "echo '<span style=\"color:red\" onclick=\"alert(2)\">x</span><img src=x onerror=alert(3)>'\n"
            "echo '<span style=\"background:url(https://example.com/t.png);\">y</span>&foo; &amp;'\n"
            "echo '</pre></body></html>'\n");
        QFile::setPermissions(tool, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        const SourcePage page = SourceHighlighter::render(writeFile(m_dir, u"c.md"_s, "a\nb\nc\n"),
                                                          SourceHighlighter::Theme::Light, tool);
        QVERIFY(page.highlighted);
        verifyNothingActive(page.html);
        QVERIFY(page.html.contains(u"<span style=\"color:#ff0000;\">ok</span>"_s));
        // Not a plain style: shown as text, and its stray </span> cannot close the line early.
        QVERIFY(page.html.contains(u"&lt;span style=\"color:red\" onclick=\"alert(2)\"&gt;x&lt;/span&gt;"_s));
        QVERIFY(!page.html.contains(u"<span style=\"background:url"_s));
        QVERIFY(page.html.contains(u"&amp;foo;"_s));
    }

    void gbkFile_isDecoded()
    {
        const QString path = QFINDTESTDATA("data/reader/gbk.md");
        const SourcePage page = SourceHighlighter::render(path, SourceHighlighter::Theme::Light, QString());
        QVERIFY(page.html.contains(u"银行"_s));
    }

    void binaryFile_saysSo()
    {
        const SourcePage page = SourceHighlighter::render(
            writeFile(m_dir, u"bin.md"_s, QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)),
            SourceHighlighter::Theme::Light, QString());
        QVERIFY(page.note.contains(u"binary"_s));
        QCOMPARE(page.lineCount, 0);
    }
};

QTEST_GUILESS_MAIN(TestSourceHighlighter)
#include "tst_sourcehighlighter.moc"

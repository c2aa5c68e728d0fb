// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sourcehighlighter.h"

#include "core/articlereader.h"
#include "core/bodyrenderer.h"
#include "core/frontmatter.h"
#include "core/logging.h"
#include "core/textdecoder.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Broadsheet::Core {

namespace {

constexpr int toolTimeoutMs = 15000;

struct Colors {
    QString background = u"#ffffff"_s;
    QString text = u"#1f1c1b"_s;
};

Colors defaultColors(SourceHighlighter::Theme theme)
{
    if (theme == SourceHighlighter::Theme::Dark)
        return {u"#232629"_s, u"#cfcfc2"_s};
    return {};
}

// Keeps the tool's <span style="…"> and </span> when the style is nothing but simple
// declarations and the spans balance within the line; escapes everything else, so even a broken
// or replaced tool cannot inject markup or break the page's own structure.
QString filterToolLine(QStringView markup)
{
    static const QRegularExpression openSpan(
        u"^<span style=\"[a-z\\-]+:[#a-z0-9\\-]+;(?:[a-z\\-]+:[#a-z0-9\\-]+;)*\">"_s);
    QString out;
    out.reserve(markup.size());
    int open = 0;
    qsizetype i = 0;
    while (i < markup.size()) {
        const QChar c = markup[i];
        if (c == u'<') {
            const QStringView rest = markup.sliced(i);
            if (rest.startsWith(u"</span>"_s) && open > 0) {
                out += u"</span>"_s;
                --open;
                i += 7;
                continue;
            }
            const QRegularExpressionMatch match = openSpan.match(rest);
            if (match.hasMatch()) {
                ++open;
                out += match.capturedView();
                i += match.capturedLength();
                continue;
            }
            out += u"&lt;"_s;
        } else if (c == u'>') {
            out += u"&gt;"_s;
        } else if (c == u'&') {
            // The tool writes entities for <, >, & and quotes; anything else is escaped again.
            static const QRegularExpression entity(u"^&(?:lt|gt|amp|quot|#39|#x27|apos);"_s);
            const QRegularExpressionMatch match = entity.match(markup.sliced(i));
            if (match.hasMatch()) {
                out += match.capturedView();
                i += match.capturedLength();
                continue;
            }
            out += u"&amp;"_s;
        } else {
            out += c;
        }
        ++i;
    }
    for (; open > 0; --open)
        out += u"</span>"_s;
    return out;
}

QString escapeLine(QStringView line)
{
    return line.toString().toHtmlEscaped();
}

QString page(const QStringList &lines, const Colors &colors, const QString &title, const QString &note)
{
    QString html = u"<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
                   u"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src "
                   u"'unsafe-inline'\">"
                   u"<title>"_s
        + title.toHtmlEscaped() + u"</title><style>"_s
        + u"body{margin:0;background:%1;color:%2;}"
          u".note{font-family:sans-serif;font-size:13px;padding:8px 12px;background:#fff4ce;color:#5c4400;}"
          u"pre{margin:0;padding:8px 0;font-family:\"Noto Sans Mono CJK SC\",\"Noto Sans Mono\",monospace;"
          u"font-size:13px;line-height:1.5;white-space:pre-wrap;overflow-wrap:anywhere;}"
          u".line{display:block;position:relative;padding-left:6.2em;min-height:1.5em;}"
          u".ln{position:absolute;left:0;width:4.5em;text-align:right;color:%2;opacity:0.45;user-select:none;"
          u"}"
          u":target{background:rgba(255,200,0,0.35);}"_s.arg(colors.background, colors.text)
        + u"</style></head><body>"_s;
    if (!note.isEmpty())
        html += u"<div class=\"note\">"_s + note.toHtmlEscaped() + u"</div>"_s;
    html += u"<pre>"_s;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString number = QString::number(i + 1);
        // Block lines, so a long line wraps under its own text rather than under the numbers.
        html += u"<span class=\"line\" id=\"L"_s + number + u"\"><span class=\"ln\">"_s + number
            + u"</span>"_s + lines.at(i) + u"</span>"_s;
    }
    html += u"</pre></body></html>\n"_s;
    return html;
}

struct ToolRun {
    QStringList lines; // filtered markup, one entry per line of the input
    Colors colors;
    QString error; // empty on success
};

// Runs the highlighter on `text` with one syntax definition, reading its answer line by line.
ToolRun runTool(const QString &command, const QString &syntax, const QString &text,
                SourceHighlighter::Theme theme)
{
    ToolRun run;
    run.colors = defaultColors(theme);
    QProcess tool;
    tool.start(command,
               {u"--output-format"_s, u"html"_s, u"--syntax"_s, syntax, u"--theme"_s,
                theme == SourceHighlighter::Theme::Dark ? u"Breeze Dark"_s : u"Breeze Light"_s,
                u"--stdin"_s});
    if (tool.waitForStarted(toolTimeoutMs)) {
        tool.write(text.toUtf8());
        tool.closeWriteChannel();
    }
    const bool finished = tool.waitForFinished(toolTimeoutMs);
    const QString output = QString::fromUtf8(tool.readAllStandardOutput());
    const qsizetype preStart = output.indexOf(u"<pre>"_s);
    const qsizetype preEnd = output.lastIndexOf(u"</pre>"_s);
    if (!finished || tool.exitStatus() != QProcess::NormalExit || tool.exitCode() != 0 || preStart < 0
        || preEnd < preStart) {
        tool.kill();
        run.error = finished ? tool.errorString() : SourceHighlighter::tr("the highlighter took too long");
        return run;
    }
    static const QRegularExpression bodyStyle(
        u"<body style=\"background-color:(#[0-9a-fA-F]{3,8});color:(#[0-9a-fA-F]{3,8})\""_s);
    if (const QRegularExpressionMatch match = bodyStyle.match(output); match.hasMatch())
        run.colors = {match.captured(1), match.captured(2)};
    QStringView markup = QStringView(output).sliced(preStart + 5, preEnd - preStart - 5);
    if (markup.startsWith(u'\n'))
        markup = markup.sliced(1); // HTML drops a newline right after <pre>; the tool adds one
    // KSyntaxHighlighting highlights line by line, so its spans never cross a line break.
    for (QStringView line : markup.split(u'\n'))
        run.lines.append(filterToolLine(line));
    // The tool ends its last line with a newline whether or not the input did.
    const qsizetype expected = text.count(u'\n') + 1;
    while (run.lines.size() > expected && run.lines.constLast().isEmpty())
        run.lines.removeLast();
    return run;
}

} // namespace

QString SourceHighlighter::findCommand()
{
    return QStandardPaths::findExecutable(u"kate-syntax-highlighter"_s);
}

QString SourceHighlighter::syntaxFor(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return (suffix == u"html"_s || suffix == u"htm"_s) ? u"HTML"_s : u"Markdown"_s;
}

SourcePage SourceHighlighter::render(const QString &path, Theme theme, const QString &command)
{
    SourcePage result;
    const QString title = QFileInfo(path).fileName();
    QFile file(path);
    if (QFileInfo(path).size() > ArticleReader::maxFileSize || !file.open(QIODevice::ReadOnly)) {
        result.note = tr("The file cannot be read: %1").arg(file.errorString());
        result.html = page({}, defaultColors(theme), title, result.note);
        return result;
    }
    const DecodedText decoded = TextDecoder::decode(file.readAll());
    if (!decoded.ok()) {
        result.note = decoded.error;
        result.html = page({}, defaultColors(theme), title, result.note);
        return result;
    }
    QString text = decoded.text;
    text.replace(u"\r\n"_s, u"\n"_s);
    const QStringList plainLines = text.split(u'\n');
    result.lineCount = int(plainLines.size());

    Colors colors = defaultColors(theme);
    QStringList lines;
    if (command.isEmpty()) {
        result.note = tr("Syntax highlighting is not available: the kate-syntax-highlighter command "
                         "(Debian package libkf5syntaxhighlighting-tools) is not installed.");
    } else {
        // The front matter is YAML and the body HTML or Markdown: one pass each, so both get
        // their own grammar (the tool's Markdown definition leaves front matter plain).
        const FrontMatter frontMatter = FrontMatterParser::parse(text);
        const qsizetype yamlLines = frontMatter.status == FrontMatter::Status::Missing
            ? 0
            : qBound(qsizetype(0), qsizetype(frontMatter.bodyLine - 1), plainLines.size());
        const QString bodySyntax =
            syntaxFor(path) == u"HTML"_s || BodyRenderer::detect(frontMatter.body) == BodyFormat::Html
            ? u"HTML"_s
            : u"Markdown"_s;
        ToolRun yaml;
        if (yamlLines > 0)
            yaml = runTool(command, u"YAML"_s, plainLines.first(yamlLines).join(u'\n'), theme);
        const ToolRun body = runTool(command, bodySyntax, plainLines.sliced(yamlLines).join(u'\n'), theme);
        if (!yaml.error.isEmpty() || !body.error.isEmpty()) {
            qCWarning(lcReader) << "kate-syntax-highlighter failed for" << path << yaml.error << body.error;
            result.note = tr("Syntax highlighting failed (%1); the file is shown as plain text.")
                              .arg(body.error.isEmpty() ? yaml.error : body.error);
        } else {
            colors = body.colors;
            lines = yaml.lines + body.lines;
            result.highlighted = lines.size() == plainLines.size();
            if (!result.highlighted)
                result.note = tr("Syntax highlighting failed (%1); the file is shown as plain text.")
                                  .arg(tr("the highlighter changed the number of lines"));
        }
    }
    if (!result.highlighted) {
        lines.clear();
        for (const QString &line : plainLines)
            lines.append(escapeLine(line));
    }
    result.html = page(lines, colors, title, result.note);
    return result;
}

} // namespace Broadsheet::Core

// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/bodyrenderer.h"

#include <QRegularExpression>

#include <md4c-html.h>

using namespace Qt::StringLiterals;

namespace Broadsheet::Core {

namespace {

// Tags that only appear in a body scraped from a web page. Inline tags such as <b> are left
// out on purpose: Markdown writers use them too.
bool containsBlockTags(QStringView body)
{
    static const QRegularExpression blockTag(
        u"<(?:p|div|br|table|h[1-6]|ul|ol|li|img|section|article|blockquote|span|font|figure)[\\s/>]"_s,
        QRegularExpression::CaseInsensitiveOption);
    return blockTag.match(body).hasMatch();
}

// Markdown syntax that plain text practically never has.
bool containsMarkdown(QStringView body)
{
    static const QRegularExpression syntax(
        u"(?m)^(?:#{1,6}\\s|[-*+]\\s|\\d{1,3}[.)]\\s|>\\s?|```|~~~|\\|.*\\|\\s*$)"
        u"|\\[[^\\]\\n]+\\]\\([^)\\s]+\\)|\\*\\*[^*\\n]+\\*\\*|__[^_\\n]+__"_s);
    return syntax.match(body).hasMatch();
}

void appendOutput(const MD_CHAR *text, MD_SIZE size, void *userData)
{
    static_cast<QByteArray *>(userData)->append(text, qsizetype(size));
}

} // namespace

BodyFormat BodyRenderer::detect(QStringView body)
{
    const QStringView trimmed = body.trimmed();
    // Scraped bodies start with a tag (<div>, <p …>) or a comment.
    if (trimmed.size() > 1 && trimmed.front() == u'<' && (trimmed[1].isLetter() || trimmed[1] == u'!')) {
        return BodyFormat::Html;
    }
    if (containsMarkdown(trimmed))
        return BodyFormat::Markdown;
    if (containsBlockTags(trimmed))
        return BodyFormat::Html;
    return BodyFormat::PlainText;
}

QString BodyRenderer::toHtml(QStringView body, BodyFormat format)
{
    switch (format) {
    case BodyFormat::Html:
        return body.toString();
    case BodyFormat::Markdown: {
        const QByteArray input = body.toUtf8();
        QByteArray output;
        output.reserve(input.size() * 5 / 4);
        // Raw HTML inside Markdown is kept here and goes through the sanitizer like any other.
        md_html(input.constData(), MD_SIZE(input.size()), &appendOutput, &output, MD_DIALECT_GITHUB, 0);
        return QString::fromUtf8(output);
    }
    case BodyFormat::PlainText: {
        // In plain-text bodies each line is a paragraph (telegrams, pasted statements);
        // Markdown would run them together. '&' is left alone so that entities such as
        // &#123; still decode, and so does a bare "A&B", which HTML5 parsers accept.
        QString html;
        html.reserve(body.size() + body.size() / 4);
        for (QStringView line : body.split(u'\n')) {
            line = line.trimmed();
            if (line.isEmpty())
                continue;
            html += u"<p>"_s;
            for (const QChar c : line) {
                if (c == u'<')
                    html += u"&lt;"_s;
                else if (c == u'>')
                    html += u"&gt;"_s;
                else
                    html += c;
            }
            html += u"</p>\n"_s;
        }
        return html;
    }
    }
    return {};
}

} // namespace Broadsheet::Core

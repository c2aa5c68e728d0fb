// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace Broadsheet::Core {

// The kinds of body found in real archives.
enum class BodyFormat {
    Html, // scraped pages: Sina, Cailian Press …
    Markdown, // hand-written or converted posts
    PlainText, // one paragraph per line, as some feeds deliver telegrams
};

// Turns an article body into (still untrusted) HTML. The result must go through
// HtmlSanitizer before it is shown anywhere: Markdown may carry raw HTML.
class BodyRenderer final
{
public:
    static BodyFormat detect(QStringView body);
    static QString toHtml(QStringView body, BodyFormat format);
    static QString toHtml(QStringView body) { return toHtml(body, detect(body)); }
};

} // namespace Broadsheet::Core

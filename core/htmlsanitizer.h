// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>
#include <QUrl>

#include <functional>
#include <optional>

namespace Broadsheet::Core {

// What sanitizing an article body produced.
struct SanitizedHtml {
    QString html; // a body fragment that is safe to place inside <article>
    QString editor; // Sina's "责任编辑：…" line, lifted out of the body; empty when absent
};

// Turns untrusted article HTML into a fragment that cannot run, load or submit anything.
//
// The input is parsed by a real HTML5 parser (gumbo) and rebuilt from an allow-list of
// elements, attributes, URL schemes and CSS properties; nothing else survives. The function is
// pure: no I/O, no global state, safe to call from any thread.
//
// What the output can contain (the element table is in htmlsanitizer.cpp):
// - text, escaped (& < > and " in attributes); no comments, no id, no class;
// - links with an http, https or mailto href ("//host" becomes https), always with
//   rel="noopener noreferrer" and never a target; a link without such an href keeps only its text;
// - images with an http(s) or raster data: (png, jpeg, gif, webp, bmp) source, or what the
//   resolver returned; otherwise the one element with a class, a placeholder:
//   <span class="bs-image-placeholder" role="img" aria-label="ALT">ALT</span>, or, without
//   alt text, <span class="bs-image-placeholder" aria-hidden="true"></span>;
// - style attributes rebuilt from text-align, font-weight, font-style, text-decoration and
//   text-indent with keyword or length values only.
// Nesting deeper than 512 elements is flattened (tags dropped, text kept), which keeps huge or
// hostile inputs linear in time. Sanitizing the output again gives the same output, except that
// placeholders turn into their text.
class HtmlSanitizer final
{
public:
    // Decides what an <img> shows. Given the image's absolute URL (http, https, or a raster
    // data: URL) or a relative path ("images/a.png", for images next to the article), returns the URL the
    // page should load instead, or nothing when the image is not available offline: the image is then
    // replaced by a placeholder that shows its alt text. Without a resolver, image URLs are kept as they are.
    using ImageResolver = std::function<std::optional<QUrl>(const QUrl &)>;

    struct Options {
        ImageResolver resolveImage;
        bool removeBoilerplate = true; // Sina's QR-code promotion, the editor line
    };

    static SanitizedHtml sanitize(QStringView html, const Options &options);
    static SanitizedHtml sanitize(QStringView html) { return sanitize(html, Options {}); }
};

} // namespace Broadsheet::Core

// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/articlepage.h"
#include "core/articlereader.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Broadsheet::Core {

// One article on its way into an export: the file as read and its prepared (sanitized) body.
struct ExportEntry {
    ArticleFile file;
    ArticlePage::Body body;
};

// The HTML of exports, built from the same pieces as the reading view's page (ArticlePage)
// so an exported article looks like the one on screen. Pure functions: no WebEngine, no disk.
//
// Every article keeps the page's escaping and sanitizing; the documents carry a
// Content-Security-Policy that allows no remote resource.
class ExportDocument final
{
    Q_DECLARE_TR_FUNCTIONS(ExportDocument)

public:
    // One document to print into one PDF: a contents page when there is more than one article,
    // then every article, in the given order, each starting on a new page. Images must already
    // point to the local scheme (ArticlePage::cachedImages) or be placeholders.
    static QString combined(const QList<ExportEntry> &entries);

    // A page of an HTML export folder, linking the shared stylesheet and back to the index.
    static QString htmlPage(const ExportEntry &entry, const QString &stylesheetHref,
                            const QString &indexHref);
    // The index of an HTML export folder: the contents, `hrefs[i]` being the page of entries[i].
    static QString htmlIndex(const QList<ExportEntry> &entries, const QStringList &hrefs,
                             const QString &stylesheetHref);
    // The shared stylesheet of an HTML export: the reading view's, plus the export's own rules.
    static QString stylesheet();

    // <article>…</article> of the reading view's page for `entry`: title, categories, date,
    // source, head image (or placeholder), body and the link to the original.
    static QString articleElement(const ExportEntry &entry);
    // The "mentioned in this article" list printed under an article, when it was asked for.
    static QString mentionsAside(const QList<Mention> &mentions);
};

} // namespace Broadsheet::Core

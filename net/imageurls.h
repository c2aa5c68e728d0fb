// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringView>
#include <QUrl>

namespace Broadsheet::Core {
struct Article;
}

namespace Broadsheet::Net {

// The remote images an article shows: its head image (Article::displayImage()) first, then the
// src of each <img> in the raw body, in order. Only absolute http(s) and protocol-relative
// "//host/…" addresses count (normalized as ImageCache::normalized does); relative and data:
// addresses are skipped, since nothing could be downloaded for them. Each image once, by cache key.
QList<QUrl> imageUrls(const Core::Article &article, QStringView body);

// The <img src> part alone.
QList<QUrl> imageUrlsInHtml(QStringView html);

} // namespace Broadsheet::Net

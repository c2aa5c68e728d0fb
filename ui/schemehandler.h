// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/imagecache.h"
#include "core/localfiles.h"

#include <memory>

#include <QByteArray>
#include <QWebEngineUrlSchemeHandler>

namespace Broadsheet::Ui {

// Serves everything the reading view may load:
//  - broadsheet://article/<n>: the page of the current article, as rendered by the core;
//  - broadsheet://image/<key>: an image from the local image cache.
// Anything else gets a "not found": there is no way from here to the disk or the network.
class SchemeHandler final : public QWebEngineUrlSchemeHandler
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SchemeHandler)

public:
    explicit SchemeHandler(const Core::ImageCache &cache, QObject *parent = nullptr);

    // Images next to articles: broadsheet://local/<token> for the tokens these files hand out.
    void setLocalFiles(std::shared_ptr<Core::LocalFiles> files) { m_localFiles = std::move(files); }

    // Makes `html` the current page and returns the URL to load it from.
    QUrl setPage(const QString &html);

    void requestStarted(QWebEngineUrlRequestJob *job) override;

private:
    Core::ImageCache m_cache;
    std::shared_ptr<Core::LocalFiles> m_localFiles;
    QByteArray m_page;
    quint64 m_pageNumber = 0;
};

} // namespace Broadsheet::Ui

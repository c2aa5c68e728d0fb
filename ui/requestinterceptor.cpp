// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/requestinterceptor.h"

#include "core/articlepage.h"
#include "ui/logging.h"

using namespace Qt::StringLiterals;

namespace Broadsheet::Ui {

RequestInterceptor::RequestInterceptor(QObject *parent)
    : QWebEngineUrlRequestInterceptor(parent)
{ }

bool RequestInterceptor::isAllowed(const QUrl &url)
{
    const QString scheme = url.scheme();
    return scheme == Core::localScheme || scheme == u"data"_s;
}

void RequestInterceptor::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    if (isAllowed(info.requestUrl()))
        return;
    ++m_blocked;
    qCInfo(lcReaderView) << "blocked request to" << info.requestUrl().toDisplayString();
    info.block(true);
}

} // namespace Broadsheet::Ui

// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/readerpage.h"

#include "core/articlepage.h"
#include "ui/logging.h"

using namespace Qt::StringLiterals;

namespace Broadsheet::Ui {

ReaderPage::ReaderPage(QWebEngineProfile *profile, QObject *parent)
    : QWebEnginePage(profile, parent)
{ }

bool ReaderPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    // The view itself loads broadsheet://article/… pages; nothing else is ever shown here.
    if (url.scheme() == Core::localScheme && url.host() == u"article"_s && isMainFrame
        && type != NavigationTypeLinkClicked) {
        return true;
    }
    const QString scheme = url.scheme();
    if (type == NavigationTypeLinkClicked
        && (scheme == u"https"_s || scheme == u"http"_s || scheme == u"mailto"_s)) {
        Q_EMIT externalLinkActivated(url);
    } else {
        qCInfo(lcReaderView) << "refused navigation to" << url.toDisplayString() << type;
    }
    return false;
}

QWebEnginePage *ReaderPage::createWindow(WebWindowType)
{
    return nullptr; // no pop-ups, ever
}

} // namespace Broadsheet::Ui

// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWebEngineUrlRequestInterceptor>

namespace Broadsheet::Ui {

// The reading view's network policy: requests for the app's own scheme (and inline data:
// images) go through; everything else is blocked before it leaves the process, whatever the
// page asks for. Reading an article makes no network request at all.
class RequestInterceptor final : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestInterceptor)

public:
    explicit RequestInterceptor(QObject *parent = nullptr);

    void interceptRequest(QWebEngineUrlRequestInfo &info) override;

    static bool isAllowed(const QUrl &url);
    int blockedCount() const { return m_blocked; }

private:
    int m_blocked = 0; // Qt 6 calls interceptRequest on the UI thread
};

} // namespace Broadsheet::Ui

// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/urlscheme.h"

#include "core/articlepage.h"

#include <QWebEngineUrlScheme>

namespace Broadsheet::Ui {

void registerUrlScheme()
{
    QWebEngineUrlScheme scheme(QByteArray(Core::localScheme.data(), Core::localScheme.size()));
    scheme.setSyntax(QWebEngineUrlScheme::Syntax::Host);
    // Secure: pages of this scheme count as a secure context. No LocalAccessAllowed: an
    // article page may not read file:// URLs.
    scheme.setFlags(QWebEngineUrlScheme::SecureScheme);
    QWebEngineUrlScheme::registerScheme(scheme);
}

} // namespace Broadsheet::Ui

// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/rendering.h"

#include <QDir>
#include <QtGlobal>

using namespace Qt::StringLiterals;

namespace Broadsheet::Ui::Rendering {

bool hasGraphicsDevice(const QString &devices)
{
    const QDir dev(devices);
    return !QDir(dev.filePath(u"dri"_s)).entryList({u"renderD*"_s}, QDir::System | QDir::Files).isEmpty()
        || !dev.entryList({u"nvidia[0-9]*"_s}, QDir::System | QDir::Files).isEmpty();
}

Choice choose(const QString &setting, bool graphicsDevice)
{
    if (setting.compare(u"hardware"_s, Qt::CaseInsensitive) == 0)
        return Choice::Hardware;
    if (setting.compare(u"software"_s, Qt::CaseInsensitive) == 0)
        return Choice::Software;
    return graphicsDevice ? Choice::Hardware : Choice::Software;
}

namespace {

void setUnlessSet(const char *name, const QByteArray &value)
{
    if (qEnvironmentVariableIsEmpty(name))
        qputenv(name, value);
}

} // namespace

Choice apply()
{
    const Choice choice = choose(qEnvironmentVariable("BROADSHEET_RENDERING"), hasGraphicsDevice());
    if (choice == Choice::Hardware)
        return choice;
    // No OpenGL for the window system (Qt would load llvmpipe for its shared context), Qt Quick's
    // software renderer, and Chromium's software compositing.
    setUnlessSet("QT_XCB_GL_INTEGRATION", "none");
    setUnlessSet("QT_QUICK_BACKEND", "software");
    const QByteArray flags = qgetenv("QTWEBENGINE_CHROMIUM_FLAGS");
    if (!flags.contains("--disable-gpu"))
        qputenv("QTWEBENGINE_CHROMIUM_FLAGS", QByteArray(flags + " --disable-gpu").trimmed());
    return choice;
}

} // namespace Broadsheet::Ui::Rendering

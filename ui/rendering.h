// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Broadsheet::Ui {

// How the window and the reading view draw. Qt Quick (inside WebEngine) and Chromium draw with
// OpenGL when they can. On a machine without a graphics device (a virtual machine, Xvfb, a remote
// session) the only OpenGL is Mesa's llvmpipe, a GPU emulated on the CPU: slower than Chromium's
// own software drawing and about 100 MB heavier (LLVM's code and the emulated GPU's memory in our
// process). There, Broadsheet draws in software.
//
// BROADSHEET_RENDERING=hardware or =software overrides the choice.
namespace Rendering {

enum class Choice {
    Hardware,
    Software,
};

// Whether a GPU device is present below `devices` (/dev): a DRM render node or NVIDIA's device.
bool hasGraphicsDevice(const QString &devices = QStringLiteral("/dev"));

// What BROADSHEET_RENDERING (`setting`) asks for, else what the devices allow.
Choice choose(const QString &setting, bool graphicsDevice);

// Applies choose() to this process; before QApplication is made. Settings the user made in the
// environment (QT_XCB_GL_INTEGRATION, QT_QUICK_BACKEND) are left alone.
Choice apply();

} // namespace Rendering
} // namespace Broadsheet::Ui

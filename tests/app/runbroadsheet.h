// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QProcess>
#include <QStringList>

// What a run of the real binary printed and returned.
struct Run {
    int exitCode = -1; // -1: did not finish in time, -2: crashed
    QString out;
    QString err;
};

// Runs the built `broadsheet` as a user runs it on a server: no display, no platform or sandbox
// settings (the commands must set up what they need), settings kept in `configFolder`.
inline Run runBroadsheet(const QStringList &arguments, const QString &configFolder, int timeoutMs = 60000)
{
    using namespace Qt::StringLiterals;
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name :
         {u"QT_QPA_PLATFORM"_s, u"QTWEBENGINE_DISABLE_SANDBOX"_s, u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s})
        environment.remove(name);
    environment.insert(u"XDG_CONFIG_HOME"_s, configFolder);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(BROADSHEET_BINARY), arguments);
    Run run;
    if (!process.waitForFinished(timeoutMs))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

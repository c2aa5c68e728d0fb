// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

// Writes `count` generated articles (tools/corpusgen, seeded: the same every run) into `folder`,
// for the tests that need a library larger than the sample. Needs BROADSHEET_CORPUSGEN defined
// to the generator's path (see tests/core/CMakeLists.txt).
inline bool generateCorpus(const QString &folder, int count, int seed)
{
    QProcess generator;
    generator.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    generator.start(QStringLiteral(BROADSHEET_CORPUSGEN),
                    {QStringLiteral("--count"), QString::number(count), QStringLiteral("--seed"),
                     QString::number(seed), QStringLiteral("--force"), folder});
    return generator.waitForFinished(300000) && generator.exitStatus() == QProcess::NormalExit
        && generator.exitCode() == 0;
}

// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Export throughput: N generated articles (100 unless BROADSHEET_BENCH_EXPORT_COUNT says) into
// one PDF, and one PDF per article. Prints a table; never fails on a timing. Goal (issue:
// export): at least 10 articles per second into one PDF.
#include "ui/pdfexporter.h"
#include "ui/urlscheme.h"

#include <QApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace Broadsheet;

namespace {

QStringList articlesIn(const QString &folder)
{
    QStringList files;
    QDirIterator it(folder, {u"*.md"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    return files;
}

} // namespace

class BenchExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exportThroughput()
    {
        const int count = qEnvironmentVariableIsSet("BROADSHEET_BENCH_EXPORT_COUNT")
            ? qEnvironmentVariableIntValue("BROADSHEET_BENCH_EXPORT_COUNT")
            : 100;
        QTemporaryDir corpus;
        QProcess generator;
        generator.start(
            QStringLiteral(BROADSHEET_CORPUSGEN),
            {u"--count"_s, QString::number(count), u"--seed"_s, u"5"_s, u"--force"_s, corpus.path()});
        QVERIFY(generator.waitForFinished(120000));
        const QStringList paths = articlesIn(corpus.path());
        QCOMPARE(paths.size(), count);

        QTextStream out(stdout);
        out << u"\n| export of %1 generated articles | seconds | articles/s | goal |\n|---|---|---|---|\n"_s
                   .arg(count);
        for (const auto mode : {Ui::PdfExporter::Mode::Combined, Ui::PdfExporter::Mode::PerArticle}) {
            QTemporaryDir target;
            Ui::PdfExporter exporter;
            Ui::PdfExporter::Options options;
            options.mode = mode;
            options.destination =
                mode == Ui::PdfExporter::Mode::Combined ? target.filePath(u"all.pdf"_s) : target.path();
            QSignalSpy finished(&exporter, &Ui::PdfExporter::finished);
            QElapsedTimer timer;
            timer.start();
            exporter.start(paths, options);
            QVERIFY(finished.wait(600000));
            const double seconds = double(timer.elapsed()) / 1000.0;
            QVERIFY2(finished.constFirst().constFirst().toBool(),
                     qPrintable(finished.constFirst().at(1).toString()));
            out << u"| "_s
                << (mode == Ui::PdfExporter::Mode::Combined ? u"one PDF"_s : u"one PDF per article"_s)
                << u" | "_s << QString::number(seconds, 'f', 2) << u" | "_s
                << QString::number(count / seconds, 'f', 1) << u" | "_s
                << (mode == Ui::PdfExporter::Mode::Combined ? u"≥ 10"_s : u"—"_s) << u" |\n"_s;
            out.flush();
        }
    }
};

int main(int argc, char *argv[])
{
    Ui::registerUrlScheme();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    BenchExport bench;
    return QTest::qExec(&bench, argc, argv);
}

#include "bench_export.moc"

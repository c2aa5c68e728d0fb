// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Message {
    QString context;
    QString source;
    QString translation;
    bool unfinished = false;
};

QList<Message> readTs(const QString &path, QString *error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name"_s) {
            context = xml.readElementText();
        } else if (name == u"message"_s) {
            message = Message {context, {}, {}, false};
        } else if (name == u"source"_s) {
            message.source = xml.readElementText();
        } else if (name == u"translation"_s) {
            const auto type = xml.attributes().value(u"type"_s);
            // Strings no longer in the sources are not shown to anyone.
            if (type == u"vanished"_s || type == u"obsolete"_s)
                continue;
            message.unfinished = type == u"unfinished"_s;
            message.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            messages.append(message);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression placeholder(u"%(?:\\d+|n)"_s);
    QStringList found;
    for (const QRegularExpressionMatch &match : placeholder.globalMatch(text))
        found.append(match.captured());
    found.sort();
    found.removeDuplicates();
    return found;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    QList<Message> m_messages;

private Q_SLOTS:
    void initTestCase()
    {
        // Update a copy of the .ts file from the sources, as `update_translations` would: a
        // string added to the code and not to the translation shows up as unfinished. "-I ."
        // lets lupdate resolve our includes, so contexts carry their namespaces as in the build.
        QTemporaryDir dir;
        const QString ts = dir.filePath(u"broadsheet_zh_CN.ts"_s);
        QVERIFY(QFile::copy(QStringLiteral(BROADSHEET_SOURCE_DIR "/translations/broadsheet_zh_CN.ts"), ts));
        QFile::setPermissions(ts, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(BROADSHEET_SOURCE_DIR));
        lupdate.start(QStringLiteral(BROADSHEET_LUPDATE),
                      {u"-silent"_s, u"-no-obsolete"_s, u"-locations"_s, u"none"_s, u"-I"_s, u"."_s,
                       u"core"_s, u"ui"_s, u"net"_s, u"app"_s, u"-ts"_s, ts});
        QVERIFY(lupdate.waitForFinished(120000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());
        QString error;
        m_messages = readTs(ts, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(m_messages.size() > 50);
    }

    void everyStringIsTranslated()
    {
        QStringList missing;
        for (const Message &message : std::as_const(m_messages)) {
            if (message.unfinished || message.translation.trimmed().isEmpty())
                missing.append(message.context + u": "_s + message.source);
        }
        QVERIFY2(missing.isEmpty(),
                 qPrintable(u"Untranslated (run the update_translations target, then "
                            u"translate in translations/broadsheet_zh_CN.ts):\n"_s
                            + missing.join(u'\n')));
    }

    void placeholdersAreKept()
    {
        QStringList broken;
        for (const Message &message : std::as_const(m_messages)) {
            if (placeholders(message.source) != placeholders(message.translation))
                broken.append(message.source + u" → "_s + message.translation);
        }
        QVERIFY2(broken.isEmpty(), qPrintable(broken.join(u'\n')));
    }

    void shortcutsStayLatin()
    {
        // A translated shortcut such as "Ctrl+Shift+O" must still be a key sequence.
        for (const Message &message : std::as_const(m_messages)) {
            if (message.source.startsWith(u"Ctrl+"_s))
                QCOMPARE(message.translation, message.source);
        }
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"

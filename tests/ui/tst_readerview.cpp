// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/readerview.h"
#include "ui/requestinterceptor.h"
#include "ui/schemehandler.h"
#include "ui/urlscheme.h"

#include <QApplication>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineSettings>

using namespace Qt::StringLiterals;
using namespace Broadsheet;

namespace {

QString writeArticle(const QTemporaryDir &dir, const QString &name, const QString &text)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(text.toUtf8());
    return path;
}

QString plainText(QWebEnginePage *page)
{
    QString text;
    bool done = false;
    page->toPlainText([&](const QString &result) {
        text = result;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        return u"<timed out>"_s;
    return text;
}

// A page that reaches the view without the sanitizer or the page's CSP in between: what is
// left to stop it is the view's own lock-down.
const QString unprotectedPage = u"<!DOCTYPE html><html><head><title>original</title></head><body>"
                                u"<p>hello</p>"
                                u"<img src=\"http://127.0.0.1:9/tracker.png\">"
                                u"<img src=\"file:///etc/hostname\">"
                                u"<script>document.title = 'script ran';</script>"
                                u"</body></html>"_s;

} // namespace

class TestReaderView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_library;

private Q_SLOTS:
    void hostileArticle_isShownWithoutRunningOrFetchingAnything()
    {
        const QString path = writeArticle(
            m_library, u"hostile.md"_s,
            u"---\ntitle: '<script>alert(1)</script>驻豫银行'\nheadimg: 'https://n.sinaimg.cn/head.png'\n"
            u"date: Thu, 10 Feb 2022 09:43:08 GMT\n---\n"
            u"<p>　　正文第一段。</p><img src=x onerror=\"document.title='pwned'\">"
            u"<script>document.title='pwned'</script><iframe src=\"https://example.com\"></iframe>"
            u"<p><a href=\"javascript:document.title='pwned'\">链接</a></p>"_s);
        Ui::ReaderView view {Core::ImageCache(m_library.filePath(u"cache"_s))};
        view.resize(900, 700);
        view.show();
        QSignalSpy shown(&view, &Ui::ReaderView::articleShown);
        view.showArticle(path);
        QVERIFY(shown.wait(20000));
        QCOMPARE(shown.constFirst().constFirst().toString(), path);

        const QString text = plainText(view.page());
        QVERIFY2(text.contains(u"正文第一段"_s), qPrintable(text));
        QVERIFY(text.contains(u"<script>alert(1)</script>驻豫银行"_s)); // the title, as text
        QVERIFY(text.contains(u"n.sinaimg.cn"_s)); // the head image placeholder
        QVERIFY(view.page()->title() != u"pwned"_s);
        QCOMPARE(view.interceptor()->blockedCount(), 0); // the page asked for nothing remote at all
    }

    void lockedDownView_blocksWhatTheSanitizerWouldHaveRemoved()
    {
        Ui::ReaderView view {Core::ImageCache(m_library.filePath(u"cache"_s))};
        view.show();
        auto *handler = view.page()->profile()->urlSchemeHandler("broadsheet");
        auto *schemes = qobject_cast<Ui::SchemeHandler *>(const_cast<QWebEngineUrlSchemeHandler *>(handler));
        QVERIFY(schemes);
        QSignalSpy loaded(view.page(), &QWebEnginePage::loadFinished);
        view.load(schemes->setPage(unprotectedPage));
        QVERIFY(loaded.wait(20000));
        QVERIFY(loaded.constFirst().constFirst().toBool());
        QVERIFY(plainText(view.page()).contains(u"hello"_s));
        QCOMPARE(view.page()->title(), u"original"_s); // JavaScript is off
        QVERIFY(QTest::qWaitFor([&] { return view.interceptor()->blockedCount() >= 1; }, 5000));
        QVERIFY(!view.page()->settings()->testAttribute(QWebEngineSettings::JavascriptEnabled));
        QVERIFY(!view.page()->settings()->testAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls));
        QVERIFY(!view.page()->settings()->testAttribute(QWebEngineSettings::PluginsEnabled));
        QVERIFY(view.page()->profile()->isOffTheRecord());
    }

    void navigationAwayIsRefused()
    {
        Ui::ReaderView view {Core::ImageCache(m_library.filePath(u"cache"_s))};
        view.show();
        view.showMessage(u"title"_s, u"message text"_s);
        QTRY_VERIFY_WITH_TIMEOUT(plainText(view.page()).contains(u"message text"_s), 20000);
        const QUrl before = view.url();
        view.load(QUrl(u"http://127.0.0.1:9/"_s));
        QTest::qWait(500);
        QCOMPARE(view.url(), before);
    }

    void interceptorPolicy_data()
    {
        QTest::addColumn<QUrl>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("article page") << QUrl(u"broadsheet://article/1"_s) << true;
        QTest::newRow("cached image")
            << QUrl(u"broadsheet://image/0123456789abcdef0123456789abcdef01234567"_s) << true;
        QTest::newRow("inline image") << QUrl(u"data:image/png;base64,iVBORw0KGgo="_s) << true;
        QTest::newRow("https") << QUrl(u"https://n.sinaimg.cn/a.png"_s) << false;
        QTest::newRow("http") << QUrl(u"http://127.0.0.1/a.png"_s) << false;
        QTest::newRow("file") << QUrl(u"file:///etc/passwd"_s) << false;
        QTest::newRow("websocket") << QUrl(u"wss://example.com/"_s) << false;
        QTest::newRow("ftp") << QUrl(u"ftp://example.com/a"_s) << false;
    }

    void interceptorPolicy()
    {
        QFETCH(QUrl, url);
        QFETCH(bool, allowed);
        QCOMPARE(Ui::RequestInterceptor::isAllowed(url), allowed);
    }
};

int main(int argc, char *argv[])
{
    Ui::registerUrlScheme(); // before the application, as WebEngine requires
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    TestReaderView test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_readerview.moc"

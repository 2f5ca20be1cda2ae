// SPDX-License-Identifier: GPL-3.0-or-later
#include "launcher.h"

#include "mainwindow.h"

#include "util/appsettings.h"
#include "util/background.h"
#include "util/icons.h"
#include "views/demoloader.h"

#include "metadata/registry.h"
#include "store/database.h"
#include "store/recordstore.h"
#include "util/i18n.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QThread>
#include <QThreadPool>
#include <QTimer>

#include <cstdio>

#ifdef Q_OS_LINUX
#include <ctime>
#include <unistd.h>
#endif

namespace trato {

namespace {

// Started while static objects are initialised, before main(): the fallback clock for
// --quit-after-first-paint where the process start time cannot be read.
QElapsedTimer startTimer()
{
    QElapsedTimer t;
    t.start();
    return t;
}
const QElapsedTimer s_sinceStaticInit = startTimer();

// Milliseconds since the process started (on Linux from /proc, so loading the libraries counts).
qint64 msSinceProcessStart()
{
#ifdef Q_OS_LINUX
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (stat.open(QIODevice::ReadOnly)) {
        const QByteArray line = stat.readAll();
        // Field 22 (starttime, in clock ticks since boot) counts from after the ")" of the command.
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        timespec now{};
        if (fields.size() > 19 && clock_gettime(CLOCK_BOOTTIME, &now) == 0) {
            const double ticks = double(sysconf(_SC_CLK_TCK));
            const double startMs = fields.at(19).toDouble() * 1000.0 / ticks;
            const double nowMs = double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
            if (nowMs >= startMs)
                return qint64(nowMs - startMs);
        }
    }
#endif
    return s_sinceStaticInit.elapsed();
}

void printErr(const QString &text)
{
    std::fprintf(stderr, "trato: %s\n", qUtf8Printable(text));
}

} // namespace

Launcher::Launcher(QObject *parent)
    : QObject(parent)
{
}

Launcher::~Launcher()
{
    delete m_window;
    waitForBackgroundWork();
}

MainWindow *Launcher::window() const
{
    return m_window;
}

bool Launcher::parse(const QStringList &arguments, int *exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Trato, a desktop CRM."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"), tr("Use the database file PATH."), QStringLiteral("PATH"));
    const QCommandLineOption lang(QStringLiteral("lang"), tr("Use the language LANG (en or es) this time."), QStringLiteral("LANG"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        tr("Save a picture of the main window to FILE after it first shows, then quit."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption quit(QStringLiteral("quit-after-first-paint"),
                                  tr("Quit as soon as the window has been painted; print first-paint-ms."));
    const QCommandLineOption demo(QStringLiteral("demo"), tr("If the database is empty, load N demo contacts first."),
                                  QStringLiteral("N"));
    const QCommandLineOption module(QStringLiteral("module"),
                                    tr("Start on a module (home, marketing, sales, support, analytics, inventory, "
                                       "activities, trash) or an entity's list (contact, ...)."),
                                    QStringLiteral("NAME"));
    parser.addOptions({db, lang, screenshot, quit, demo, module});
    if (!parser.parse(arguments)) {
        printErr(parser.errorText());
        *exitCode = 1;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qUtf8Printable(parser.helpText()), stdout);
        *exitCode = 0;
        return false;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        std::printf("trato %s\n", TRATO_VERSION);
        *exitCode = 0;
        return false;
    }
    m_options.database = parser.value(db);
    m_options.language = parser.value(lang);
    m_options.screenshot = parser.value(screenshot);
    m_options.module = parser.value(module);
    m_options.quitAfterFirstPaint = parser.isSet(quit);
    if (parser.isSet(demo)) {
        bool ok = false;
        m_options.demo = parser.value(demo).toLongLong(&ok);
        if (!ok || m_options.demo < 1) {
            printErr(tr("--demo needs a number of contacts, like --demo 300."));
            *exitCode = 1;
            return false;
        }
    }
    if (!m_options.language.isEmpty() && !I18n::availableLanguages().contains(m_options.language)) {
        printErr(tr("Unknown language \"%1\"; use en or es.").arg(m_options.language));
        *exitCode = 1;
        return false;
    }
    // Runs driven by scripts (benchmark, smoke test) must never wait for a person.
    m_interactive = m_options.screenshot.isEmpty() && !m_options.quitAfterFirstPaint;
    return true;
}

int Launcher::run(const QStringList &arguments)
{
    int exitCode = 0;
    // The saved (or system) language first, so --help and option errors are translated too; a
    // --lang given on the command line replaces it below.
    I18n::install(AppSettings::language());
    if (!parse(arguments, &exitCode))
        return exitCode;
    I18n::install(m_options.language.isEmpty() ? AppSettings::language() : m_options.language);
    QApplication::setWindowIcon(Icons::app());

    m_db = openDatabase(Database::resolvePath(m_options.database, AppSettings::databasePath()));
    if (!m_db)
        return m_interactive ? 1 : 3;
    if (m_options.demo > 0)
        loadDemoIfEmpty(m_options.demo);

    createWindow(-1, m_options.screenshot.isEmpty() ? AppSettings::windowGeometry() : QByteArray());
    if (!m_options.module.isEmpty() && !m_window->showPageByName(m_options.module))
        printErr(tr("Unknown module \"%1\".").arg(m_options.module));

    exitCode = QApplication::exec();

    delete m_window;
    // Workers (counts, searches, the integrity check) use the Database: let them finish first.
    waitForBackgroundWork();
    m_db.reset();
    return exitCode;
}

std::shared_ptr<Database> Launcher::openDatabase(QString path)
{
    bool chosenHere = false;
    for (;;) {
        Database::Options options;
        options.backupDir = AppSettings::backupFolder(); // copies taken before an upgrade go there
        auto opened = Database::open(path, options);
        if (opened) {
            if (chosenHere)
                AppSettings::setDatabasePath(path);
            return opened.value();
        }
        if (!m_interactive) {
            printErr(opened.error().message);
            return nullptr;
        }
        QMessageBox box(QMessageBox::Critical, tr("Trato cannot open its database"), opened.error().message,
                        QMessageBox::NoButton);
        box.setAccessibleName(box.windowTitle());
        box.setInformativeText(tr("Trato has not changed the file. You can open another database file, "
                                  "create a new one, or quit."));
        QPushButton *choose = box.addButton(tr("&Open another file…"), QMessageBox::ActionRole);
        QPushButton *create = box.addButton(tr("&Create a new database…"), QMessageBox::ActionRole);
        QPushButton *quit = box.addButton(tr("&Quit"), QMessageBox::RejectRole);
        box.setDefaultButton(choose);
        box.setEscapeButton(quit);
        box.exec();
        if (box.clickedButton() == choose) {
            const QString other = QFileDialog::getOpenFileName(nullptr, tr("Open database"), QFileInfo(path).absolutePath(),
                                                               tr("Trato databases (*.sqlite *.db);;All files (*)"));
            if (!other.isEmpty()) {
                path = other;
                chosenHere = true;
            }
        } else if (box.clickedButton() == create) {
            const QString fresh = QFileDialog::getSaveFileName(nullptr, tr("New database"),
                                                               QFileInfo(path).absolutePath() + QStringLiteral("/trato.sqlite"),
                                                               tr("Trato databases (*.sqlite *.db)"));
            if (fresh.isEmpty())
                continue;
            if (QFileInfo::exists(fresh)) {
                // Never overwrite: a "new" database must be a new file.
                QMessageBox::warning(nullptr, tr("New database"),
                                     tr("%1 already exists. Choose a new file name; Trato never overwrites a file.").arg(fresh));
                continue;
            }
            path = fresh;
            chosenHere = true;
        } else {
            return nullptr;
        }
    }
}

void Launcher::loadDemoIfEmpty(qint64 contacts)
{
    // Emptiness from one indexed row per entity, not a count(*).
    RecordStore store(*m_db);
    for (const QString &entity : m_db->registry()->entityNames()) {
        ListQuery q;
        q.entity = entity;
        q.deleted = ListQuery::All;
        q.limit = 1;
        q.columns = {QStringLiteral("id")};
        auto rows = store.list(q);
        if (!rows || !rows.value().isEmpty())
            return;
    }
    DemoLoader loader(*m_db, nullptr);
    QEventLoop loop;
    bool ok = false;
    QString message;
    connect(&loader, &DemoLoader::finished, &loop, [&](bool success, const QString &text) {
        ok = success;
        message = text;
        loop.quit();
    });
    loader.start(contacts, m_interactive);
    loop.exec();
    if (!ok)
        printErr(message);
}

void Launcher::createWindow(int page, const QByteArray &geometry)
{
    m_window = new MainWindow(*m_db);
    if (!geometry.isEmpty())
        m_window->restoreGeometry(geometry);
    if (page >= 0)
        m_window->showPage(page);
    connect(m_window, &MainWindow::languageChangeRequested, this, &Launcher::rebuildWindow, Qt::QueuedConnection);
    connect(m_window, &MainWindow::openDatabaseRequested, this, &Launcher::switchDatabase, Qt::QueuedConnection);
    m_firstPaintSeen = false;
    m_window->installEventFilter(this);
    m_window->show();
}

bool Launcher::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Paint && !m_firstPaintSeen) {
        m_firstPaintSeen = true;
        // Queued: after this paint the frame still has to be flushed to the screen.
        QTimer::singleShot(0, this, &Launcher::onFirstPaint);
    }
    return QObject::eventFilter(watched, event);
}

void Launcher::onFirstPaint()
{
    if (m_window)
        m_window->removeEventFilter(this);
    if (m_options.quitAfterFirstPaint) {
        std::printf("first-paint-ms %lld\n", static_cast<long long>(msSinceProcessStart()));
        std::fflush(stdout);
        QApplication::exit(0);
        return;
    }
    if (!m_options.screenshot.isEmpty()) {
        takeScreenshot(0);
        return;
    }
    checkIntegrity();
}

void Launcher::takeScreenshot(int attempt)
{
    // Wait (up to 10 s) until no worker has been busy for 300 ms, so the counts and other background
    // results have arrived and the picture shows what a person sees a moment after start.
    constexpr int kStepMs = 50, kQuietSteps = 6, kMaxSteps = 200;
    static int quiet = 0;
    const bool busy = backgroundPool()->activeThreadCount() > 0;
    quiet = busy ? 0 : quiet + 1;
    if (quiet < kQuietSteps && attempt < kMaxSteps) {
        QTimer::singleShot(kStepMs, this, [this, attempt] { takeScreenshot(attempt + 1); });
        return;
    }
    const bool saved = m_window && m_window->grab().save(m_options.screenshot);
    if (!saved)
        printErr(tr("Could not save the screenshot to %1.").arg(m_options.screenshot));
    QApplication::exit(saved ? 0 : 3);
}

void Launcher::checkIntegrity()
{
    // PRAGMA quick_check reads every page: on a worker, reported only if something is wrong.
    runInBackground(
        *m_db, this, [](Database &db) { return db.quickCheck(); },
        [this](Status status) {
            if (status)
                return;
            QMessageBox box(QMessageBox::Warning, tr("The database is damaged"), status.error().message,
                            QMessageBox::Ok, m_window);
            box.setAccessibleName(box.windowTitle());
            box.setInformativeText(tr("Trato keeps working, but some records may be unreadable. Make a copy with "
                                      "File → Back up now… and restore an earlier backup if you have one."));
            box.exec();
        });
}

void Launcher::rebuildWindow(const QString &language)
{
    if (!m_window)
        return;
    I18n::install(language);
    const QByteArray geometry = m_window->saveGeometry();
    const int page = m_window->currentPage();
    MainWindow *old = m_window;
    old->removeEventFilter(this);
    old->hide();
    old->deleteLater();
    createWindow(page, geometry);
}

void Launcher::switchDatabase(const QString &path)
{
    Database::Options options;
    options.backupDir = AppSettings::backupFolder();
    auto opened = Database::open(path, options);
    if (!opened) {
        QMessageBox box(QMessageBox::Warning, tr("Open database"), opened.error().message, QMessageBox::Ok, m_window);
        box.setAccessibleName(box.windowTitle());
        box.exec();
        return;
    }
    AppSettings::setDatabasePath(opened.value()->path());
    const QByteArray geometry = m_window ? m_window->saveGeometry() : QByteArray();
    // The old window's lists and its workers use the old database: both go before it does.
    delete m_window;
    waitForBackgroundWork();
    m_db = opened.value();
    createWindow(-1, geometry);
    checkIntegrity();
}

} // namespace trato

// SPDX-License-Identifier: GPL-3.0-or-later
// Team sync in the GUI (ui/sync): Settings -> Team server validates, saves the address without the
// password, tests a connection on a worker against a real PostgreSQL (wrong password included, with
// the no-keychain password prompt); the sync controller runs one sync at a time and queues one
// more; the status bar shows failures; the conflicts view lists, keeps and restores; the sync at
// exit can be skipped. Screenshots of each, in English and Spanish.
#include "uitestsupport.h"

#include "pgtestserver.h"

#include "shell/mainwindow.h"
#include "settings/settingsdialog.h"
#include "sync/conflictsdialog.h"
#include "sync/passwordstore.h"
#include "sync/synccontroller.h"
#include "sync/syncstatuswidget.h"
#include "sync/teamserverpage.h"
#include "util/i18n.h"
#include "views/recordlistview.h"

#include "store/recordstore.h"
#include "store/sqlite.h"
#include "sync/serveradmin.h"
#include "sync/syncengine.h"
#include "sync/syncstate.h"
#include "util/background.h"
#include "util/hlc.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

#include <catch2/catch.hpp>

using namespace trato;
using namespace trato::uitest;

namespace {

QString S(const char *text)
{
    return QString::fromUtf8(text);
}

// TRATO_KEYCHAIN=off for the test's lifetime: this machine has no Secret Service, and a test must
// never touch a real keychain.
struct NoKeychain
{
    NoKeychain() { qputenv("TRATO_KEYCHAIN", "off"); }
    ~NoKeychain() { qunsetenv("TRATO_KEYCHAIN"); }
};

// Starts the test's PostgreSQL, or says why not (a failure under TRATO_REQUIRE_POSTGRES).
bool serverUp(test::PgTestServer &pg)
{
    if (pg.running())
        return true;
    if (qEnvironmentVariableIsSet("TRATO_REQUIRE_POSTGRES"))
        FAIL(pg.error().toStdString());
    WARN("PostgreSQL is not available, test skipped: " << pg.error().toStdString());
    return false;
}

Status adminRun(const test::PgTestServer &pg, const QString &sql)
{
    auto conn = PgConnection::connect(pg.admin());
    if (!conn)
        return conn.error();
    return conn.value()->run(sql);
}

void fill(TeamServerPage &page, const ServerAddress &a)
{
    auto *host = page.findChild<QLineEdit *>(S("serverHost"));
    host->setText(a.host);
    page.findChild<QSpinBox *>(S("serverPort"))->setValue(a.port);
    page.findChild<QLineEdit *>(S("serverDatabase"))->setText(a.database);
    page.findChild<QLineEdit *>(S("serverUser"))->setText(a.user);
    auto *ssl = page.findChild<QComboBox *>(S("serverSslMode"));
    ssl->setCurrentIndex(ssl->findData(a.sslMode));
    page.findChild<QLineEdit *>(S("serverPassword"))->setText(a.password);
}

// Answers the next password prompt with this password.
std::shared_ptr<Answered> answerPasswordPrompt(const QString &password)
{
    auto answered = std::make_shared<Answered>();
    onNextModal([answered, password](QWidget *modal) {
        auto *dialog = qobject_cast<PasswordDialog *>(modal);
        if (!dialog)
            return false;
        answered->seen = true;
        answered->text = dialog->findChild<QLabel *>(S("passwordWhy"))->text();
        dialog->passwordEdit()->setText(password);
        dialog->accept();
        return true;
    });
    return answered;
}

// The Trato schema on the test server, with ana (sales) and luis (manager) in team norte.
void setUpTeam(test::PgTestServer &pg, Database &db)
{
    REQUIRE(ServerAdmin::init(pg.admin(), *db.registry()).ok());
    for (const auto &u : {ServerUser{S("ana"), S("sales"), S("norte")}, ServerUser{S("luis"), S("manager"), S("norte")}}) {
        const Status s = ServerAdmin::addUser(pg.admin(), u, u.name + S("-pw"));
        INFO(s.error().message.toStdString());
        REQUIRE(s.ok());
    }
}

// This database syncs as `user` (password for the session only, as without a keychain).
ServerAddress configure(test::PgTestServer &pg, Database &db, const QString &user)
{
    SyncSettings settings;
    settings.server = pg.user(user, user + S("-pw"));
    settings.intervalMinutes = 0;
    REQUIRE(settings.save(db));
    PasswordStore::setSessionPassword(settings.server, user + S("-pw"));
    return settings.server;
}

qint64 contactCount(Database &db)
{
    ListQuery q;
    q.entity = QStringLiteral("contact");
    auto n = RecordStore(db).count(q);
    return n ? n.value() : -1;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

TEST_CASE_METHOD(UiFixture, "the Team server page validates, saves the address without the password and forgets it",
                 "[ui][sync]")
{
    NoKeychain noKeychain;
    TeamServerPage page(db(), nullptr);
    page.resize(720, 560);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    auto *hostError = page.findChild<QLabel *>(S("hostError"));
    auto *userError = page.findChild<QLabel *>(S("userError"));
    auto *join = page.findChild<QPushButton *>(S("joinServer"));
    auto *remember = page.findChild<QCheckBox *>(S("rememberPassword"));
    // No keychain here: "remember" cannot be offered, and the page says why.
    CHECK_FALSE(remember->isEnabled());
    CHECK(remember->toolTip().contains(S("No keychain on this computer")));

    // Nothing typed: messages beside the fields, nothing saved.
    page.findChild<QLineEdit *>(S("serverUser"))->clear();
    QTest::mouseClick(join, Qt::LeftButton);
    CHECK(hostError->isVisible());
    CHECK(hostError->text() == S("Write the server's name or address."));
    CHECK(userError->isVisible());
    CHECK_FALSE(SyncSettings::load(db()).enabled);
    screenshot(&page, S("team-server-invalid"));

    // A whole URL in the host field is explained, not accepted.
    ServerAddress a;
    a.host = S("postgresql://ana@crm.example.com");
    a.port = 6543;
    a.database = S("ventas");
    a.user = S("ana");
    a.sslMode = S("require");
    a.password = S("s3cret-Pw-ñ");
    fill(page, a);
    QTest::mouseClick(join, Qt::LeftButton);
    CHECK(hostError->isVisible());
    CHECK(hostError->text().contains(S("without user or postgresql://")));
    CHECK_FALSE(userError->isVisible());
    CHECK_FALSE(SyncSettings::load(db()).enabled);

    // Right: joining says how many records will be sent, then saves.
    addRecord(db(), S("contact"), {{S("last_name"), S("Prieto")}});
    addRecord(db(), S("contact"), {{S("last_name"), S("Gómez")}});
    a.host = S("crm.example.com");
    fill(page, a);
    page.findChild<QSpinBox *>(S("syncInterval"))->setValue(15);
    auto prompt = answerNextMessageBox(QMessageBox::Yes);
    QSignalSpy saved(&page, &TeamServerPage::saved);
    QTest::mouseClick(join, Qt::LeftButton);
    REQUIRE(waitFor([&] { return saved.count() == 1; }));
    CHECK(prompt->seen);
    CHECK(prompt->text.contains(S("Your 2 records will be sent to the team server ana@crm.example.com:6543/ventas")));
    CHECK_FALSE(hostError->isVisible());
    screenshot(&page, S("team-server-saved"));

    const SyncSettings loaded = SyncSettings::load(db());
    CHECK(loaded.enabled);
    CHECK(loaded.server.host == S("crm.example.com"));
    CHECK(loaded.server.port == 6543);
    CHECK(loaded.server.database == S("ventas"));
    CHECK(loaded.server.user == S("ana"));
    CHECK(loaded.server.sslMode == S("require"));
    CHECK(loaded.server.password.isEmpty());
    CHECK(loaded.intervalMinutes == 15);
    // Kept for this session only (no keychain), never in the database: not in sync_state, not in the file.
    CHECK(PasswordStore::sessionPassword(loaded.server) == a.password);
    {
        auto q = Sql::exec(db().connection(), S("SELECT group_concat(key || '=' || coalesce(value, ''), ' ') FROM sync_state"));
        REQUIRE(q);
        REQUIRE(q.value().next());
        const QString state = q.value().value(0).toString();
        CHECK(state.contains(S("crm.example.com")));
        CHECK_FALSE(state.contains(a.password));
    }
    // Nor anywhere in the file or its write-ahead log.
    {
        const QByteArray bytes = fileBytes(temp.path()) + fileBytes(temp.path() + S("-wal"));
        CHECK(bytes.contains(QByteArray("crm.example.com")));
        CHECK_FALSE(bytes.contains(a.password.toUtf8()));
    }

    // A new page (Settings opened again) shows what was saved; the password field stays empty.
    {
        TeamServerPage again(db(), nullptr);
        CHECK(again.address().host == S("crm.example.com"));
        CHECK(again.address().port == 6543);
        CHECK(again.address().database == S("ventas"));
        CHECK(again.address().user == S("ana"));
        CHECK(again.address().sslMode == S("require"));
        CHECK(again.address().password.isEmpty());
        CHECK(again.findChild<QSpinBox *>(S("syncInterval"))->value() == 15);
        CHECK(again.findChild<QLabel *>(S("teamServerState"))->text().contains(S("ana@crm.example.com:6543/ventas")));
    }

    // Forget: the server and the session password go; the records stay.
    auto forgetPrompt = answerNextMessageBox(QMessageBox::Yes);
    QTest::mouseClick(page.findChild<QPushButton *>(S("forgetServer")), Qt::LeftButton);
    REQUIRE(waitFor([&] { return forgetPrompt->seen; }));
    CHECK_FALSE(SyncSettings::load(db()).enabled);
    CHECK(PasswordStore::sessionPassword(loaded.server).isEmpty());
    ListQuery contacts;
    contacts.entity = S("contact");
    CHECK(RecordStore(db()).count(contacts).value() == 2);
    CHECK(page.resultLabel()->text().contains(S("no longer syncs")));

    // The file never held the password, after the forget either.
    const QByteArray bytes = fileBytes(temp.path()) + fileBytes(temp.path() + S("-wal"));
    CHECK_FALSE(bytes.contains(a.password.toUtf8()));
}

TEST_CASE_METHOD(UiFixture, "Test connection reports who connected, and a wrong password asked for without a keychain",
                 "[ui][sync][postgres]")
{
    NoKeychain noKeychain;
    test::PgTestServer pg;
    if (!serverUp(pg))
        return;
    REQUIRE(adminRun(pg, S("CREATE ROLE ana LOGIN PASSWORD 'ana-secret'")));
    const ServerAddress ana = pg.user(S("ana"), S("ana-secret"));

    TeamServerPage page(db(), nullptr);
    page.resize(720, 560);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    QSignalSpy tested(&page, &TeamServerPage::connectionTested);
    auto *test = page.findChild<QPushButton *>(S("testConnection"));

    // The right password typed: the click returns at once (the connection is made on a worker).
    fill(page, ana);
    QTest::mouseClick(test, Qt::LeftButton);
    CHECK(page.resultLabel()->text().startsWith(S("Connecting to ana@")));
    CHECK_FALSE(test->isEnabled());
    REQUIRE(waitFor([&] { return tested.count() == 1; }, 15000));
    CHECK(tested.at(0).at(0).toBool());
    CHECK(page.resultLabel()->text().startsWith(S("Connected as ana")));
    CHECK(test->isEnabled());
    screenshot(&page, S("team-server-connected"));

    // No password typed and no keychain: Trato asks, saying why; a wrong one is refused in words.
    ServerAddress noPassword = ana;
    noPassword.password.clear();
    fill(page, noPassword);
    auto asked = answerPasswordPrompt(S("not-the-password"));
    QTest::mouseClick(test, Qt::LeftButton);
    REQUIRE(waitFor([&] { return tested.count() == 2; }, 15000));
    CHECK(asked->seen);
    CHECK(asked->text == S("No keychain on this computer: Trato will ask for the password once per session"));
    CHECK_FALSE(tested.at(1).at(0).toBool());
    CHECK(tested.at(1).at(1).toString().contains(S("refused the password of user ana")));
    screenshot(&page, S("team-server-wrong-password"));

    // The refused password is not kept: the next test asks again, and the right one works and is
    // remembered for the session (a third test asks nothing).
    auto askedAgain = answerPasswordPrompt(S("ana-secret"));
    QTest::mouseClick(test, Qt::LeftButton);
    REQUIRE(waitFor([&] { return tested.count() == 3; }, 15000));
    CHECK(askedAgain->seen);
    CHECK(tested.at(2).at(0).toBool());
    CHECK(PasswordStore::sessionPassword(noPassword) == S("ana-secret"));
    QTest::mouseClick(test, Qt::LeftButton);
    REQUIRE(waitFor([&] { return tested.count() == 4; }, 15000));
    CHECK(tested.at(3).at(0).toBool());
    PasswordStore::forgetSessionPassword(noPassword);

    // A server that is not there: a sentence, not a hang.
    ServerAddress gone = ana;
    gone.port = 1;
    fill(page, gone);
    QTest::mouseClick(test, Qt::LeftButton);
    REQUIRE(waitFor([&] { return tested.count() == 5; }, 15000));
    CHECK_FALSE(tested.at(4).at(0).toBool());
    CHECK(tested.at(4).at(1).toString().startsWith(S("Cannot reach the team server ana@")));
}

TEST_CASE_METHOD(UiFixture, "a failed sync turns the status bar red and a request during a sync is queued once",
                 "[ui][sync]")
{
    NoKeychain noKeychain;
    // Nothing listens on port 1: every sync fails, and the outbox must stay.
    SyncSettings settings;
    settings.server.host = S("127.0.0.1");
    settings.server.port = 1;
    settings.server.database = S("trato");
    settings.server.user = S("ana");
    settings.intervalMinutes = 0;
    REQUIRE(settings.save(db()));
    PasswordStore::setSessionPassword(settings.server, S("ana-secret"));
    addRecord(db(), S("contact"), {{S("last_name"), S("Prieto")}});

    MainWindow w(db());
    SyncController *sync = w.syncController();
    REQUIRE(sync);
    CHECK(sync->configured());
    CHECK_FALSE(sync->timer()->isActive()); // 0 minutes: no timer
    QSignalSpy started(sync, &SyncController::started);
    QSignalSpy finished(sync, &SyncController::finished);
    // Shown: the sync at start runs, and two more requests during it make one more sync.
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    REQUIRE(waitFor([&] { return started.count() == 1; }));
    if (sync->isRunning()) {
        sync->syncNow();
        sync->syncNow(SyncController::Trigger::Timer);
        CHECK(sync->isQueued());
        REQUIRE(waitFor([&] { return finished.count() == 2 && !sync->isRunning(); }, 20000));
        CHECK(started.count() == 2);
    } else {
        REQUIRE(waitFor([&] { return finished.count() == 1; }));
    }
    QTest::qWait(200);
    CHECK(started.count() == finished.count()); // no third sync: queued once
    const QString error = finished.last().at(1).toString();
    CHECK_FALSE(error.isEmpty());

    SyncStatusWidget *status = w.syncStatusWidget();
    REQUIRE(waitFor([&] { return status->isVisible() && !status->text().startsWith(S("Syncing")); }));
    CHECK((status->text().startsWith(S("Offline")) || status->text().startsWith(S("Not synced"))));
    CHECK(status->styleSheet().contains(S("#b42318")));
    CHECK(status->toolTip().contains(error));
    CHECK(status->toolTip().contains(S("ana@127.0.0.1:1/trato")));
    // The menu offers what to do next.
    QStringList actions;
    for (QAction *a : status->actionsMenu()->actions())
        actions << a->objectName();
    CHECK(actions == QStringList{S("statusSyncNow"), S("statusConflicts"), S("statusTeamServer")});
    screenshot(w.statusBar(), S("sync-status-failed"));

    // Nothing was lost: the record is here, the settings too.
    ListQuery contacts;
    contacts.entity = S("contact");
    CHECK(RecordStore(db()).count(contacts).value() == 1);
    CHECK(SyncSettings::load(db()).enabled);
    PasswordStore::forgetSessionPassword(settings.server);
}

TEST_CASE("the sync status reads as words")
{
    SyncStatus s;
    s.configured = true;
    CHECK(SyncStatusWidget::describe(s) == S("Not synced yet"));
    s.pendingChanges = 3;
    s.openConflicts = 2;
    s.lastSync = QDateTime::currentDateTimeUtc();
    const QString time = QLocale().toString(s.lastSync.toLocalTime().time(), QLocale::ShortFormat);
    CHECK(SyncStatusWidget::describe(s) == S("↻ 3 pending · synced %1 · 2 conflicts").arg(time));
    s.pendingChanges = 0;
    s.openConflicts = 1;
    CHECK(SyncStatusWidget::describe(s) == S("synced %1 · 1 conflict").arg(time));
    s.pendingChanges = 12;
    s.lastError = PgConnection::tr("Cannot reach the team server %1: %2").arg(S("ana@crm:5432/trato"), S("timeout"));
    CHECK(SyncStatusWidget::describe(s) == S("Offline — 12 changes kept for the next sync"));
    s.lastError = S("The team server refused the password of user ana (ana@crm:5432/trato)");
    CHECK(SyncStatusWidget::describe(s) == S("Not synced — 12 changes kept for the next sync"));
}

namespace {

// A conflict row as the engine stores pulled conflicts (migration 0008's sync_conflict).
void insertConflict(Database &db, const QString &id, const QString &recordId, const QString &field, const QString &reason,
                    const QString &winner, const QString &loser, const QString &winnerUser, const QString &loserUser)
{
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const qint64 ms = QDateTime::currentMSecsSinceEpoch();
    const QString winnerHlc = HlcStamp{quint64(ms), 1, S("srv")}.toString();
    const QString loserHlc = HlcStamp{quint64(ms - 60000), 0, S("laptop")}.toString();
    auto q = Sql::exec(db.connection(),
                       S("INSERT INTO sync_conflict (id, entity, record_id, field, reason, winner_value, winner_hlc, winner_user, "
                         "loser_value, loser_hlc, loser_user, at) VALUES (?, 'contact', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       {id, recordId, field, reason, winner, winnerHlc, winnerUser, loser, loserHlc, loserUser, now});
    REQUIRE(q);
}

int rowOf(ConflictsDialog &dialog, const QString &id)
{
    for (int i = 0; i < dialog.conflicts().size(); ++i)
        if (dialog.conflicts().at(i).id == id)
            return i;
    return -1;
}

} // namespace

TEST_CASE_METHOD(UiFixture, "the conflicts view shows both values with who and when, and Keep and Restore resolve them",
                 "[ui][sync]")
{
    const QString prieto = addRecord(db(), S("contact"), {{S("last_name"), S("Prieto")}, {S("city"), S("Madrid")}});
    insertConflict(db(), S("c1"), prieto, S("city"), S("concurrent"), S("\"Madrid\""), S("\"Toledo\""), S("ana"), S("luis"));
    insertConflict(db(), S("c2"), prieto, S("title"), S("concurrent"), S("\"Director\""), S("\"Gerente de ventas\""), S("ana"),
                   S("luis"));
    insertConflict(db(), S("c3"), prieto, S("city"), S("denied"), S("\"Madrid\""), S("\"Sevilla\""), S("ana"), S("eva"));
    CHECK(SyncConflicts(db()).openCount() == 3);

    MainWindow w(db());
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    ConflictsDialog dialog(db(), &w);
    QObject::connect(&dialog, &ConflictsDialog::openRecordRequested, &w, &MainWindow::openRecord);
    dialog.show();
    REQUIRE(waitFor([&] { return !dialog.isLoading() && dialog.table()->rowCount() == 3; }));
    QTableWidget *table = dialog.table();
    const int c1 = rowOf(dialog, S("c1"));
    REQUIRE(c1 >= 0);
    CHECK(table->item(c1, ConflictsDialog::RecordColumn)->text() == S("Prieto (Contact)"));
    CHECK(table->item(c1, ConflictsDialog::FieldColumn)->text() == S("City"));
    CHECK(table->item(c1, ConflictsDialog::NowColumn)->text() == S("Madrid"));
    CHECK(table->item(c1, ConflictsDialog::KeptColumn)->text() == S("Toledo"));
    CHECK(table->item(c1, ConflictsDialog::NowByColumn)->text().startsWith(S("ana · ")));
    CHECK(table->item(c1, ConflictsDialog::KeptByColumn)->text().startsWith(S("luis · ")));
    CHECK(table->item(c1, ConflictsDialog::ReasonColumn)->text() == S("Edited by two people"));
    const int c3 = rowOf(dialog, S("c3"));
    CHECK(table->item(c3, ConflictsDialog::ReasonColumn)->text() == S("Refused by the server: no rights"));
    CHECK(dialog.findChild<QLabel *>(S("conflictsSummary"))->text() == S("3 open conflicts."));
    screenshot(&dialog, S("conflicts-dialog"));

    // A refused change cannot be restored from here (the server would refuse it again).
    table->selectRow(c3);
    CHECK_FALSE(dialog.findChild<QPushButton *>(S("restoreConflict"))->isEnabled());
    CHECK(dialog.findChild<QPushButton *>(S("keepConflict"))->isEnabled());

    // Keep: one click, the conflict is closed and the record keeps Madrid.
    table->selectRow(c1);
    QTest::mouseClick(dialog.findChild<QPushButton *>(S("keepConflict")), Qt::LeftButton);
    REQUIRE(waitFor([&] { return !dialog.isLoading() && table->rowCount() == 2; }));
    CHECK(SyncConflicts(db()).get(S("c1")).value().resolution == S("kept"));
    CHECK(RecordStore(db()).get(S("contact"), prieto).value().value(S("city")).toString() == S("Madrid"));

    // Restore: one click, the lost value is written back as a new local change.
    table->selectRow(rowOf(dialog, S("c2")));
    QTest::mouseClick(dialog.findChild<QPushButton *>(S("restoreConflict")), Qt::LeftButton);
    REQUIRE(waitFor([&] { return !dialog.isLoading() && table->rowCount() == 1; }));
    CHECK(SyncConflicts(db()).get(S("c2")).value().resolution == S("restored"));
    CHECK(RecordStore(db()).get(S("contact"), prieto).value().value(S("title")).toString() == S("Gerente de ventas"));
    CHECK(SyncConflicts(db()).openCount() == 1);

    // Show resolved: all three, with what was done.
    dialog.showResolvedBox()->setChecked(true);
    REQUIRE(waitFor([&] { return !dialog.isLoading() && table->rowCount() == 3; }));
    CHECK_FALSE(table->isColumnHidden(ConflictsDialog::ResolutionColumn));
    CHECK(table->item(rowOf(dialog, S("c1")), ConflictsDialog::ResolutionColumn)->text() == S("Kept the value now"));
    CHECK(table->item(rowOf(dialog, S("c2")), ConflictsDialog::ResolutionColumn)->text() == S("Restored the kept value"));
    table->selectRow(rowOf(dialog, S("c1")));
    CHECK_FALSE(dialog.findChild<QPushButton *>(S("keepConflict"))->isEnabled());
    screenshot(&dialog, S("conflicts-dialog-resolved"));

    // Open record: the contact in its list.
    QTest::mouseClick(dialog.findChild<QPushButton *>(S("openConflictRecord")), Qt::LeftButton);
    REQUIRE(waitFor([&] { return w.currentListView() && w.currentListView()->hasOpenRecord(); }));

    // In Spanish the window leaves room for the longer words.
    I18n::install(S("es"));
    {
        ConflictsDialog spanish(db(), &w);
        spanish.show();
        REQUIRE(waitFor([&] { return !spanish.isLoading() && spanish.table()->rowCount() == 1; }));
        screenshot(&spanish, S("conflicts-dialog-es"));
        SettingsDialog settings(db(), &w);
        settings.show();
        settings.tabs()->setCurrentIndex(settings.tabs()->count() - 1);
        screenshot(&settings, S("team-server-es"));
    }
    I18n::install(QString());
}

TEST_CASE_METHOD(UiFixture, "the sync at exit shows a dialog that can be skipped, and never hangs", "[ui][sync]")
{
    NoKeychain noKeychain;
    // A "server" that accepts the connection and never answers: the sync waits on the network.
    QTcpServer silent;
    REQUIRE(silent.listen(QHostAddress::LocalHost));
    QList<QTcpSocket *> held;
    QObject::connect(&silent, &QTcpServer::newConnection, &silent, [&] {
        while (QTcpSocket *s = silent.nextPendingConnection())
            held << s;
    });
    SyncSettings settings;
    settings.server.host = S("127.0.0.1");
    settings.server.port = silent.serverPort();
    settings.server.database = S("trato");
    settings.server.user = S("ana");
    settings.intervalMinutes = 0;
    REQUIRE(settings.save(db()));
    PasswordStore::setSessionPassword(settings.server, S("ana-secret"));

    MainWindow w(db());
    SyncController *sync = w.syncController();
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    // Let the sync at start end first (it fails or times out on its own).
    QSignalSpy finished(sync, &SyncController::finished);
    REQUIRE(waitFor([&] { return finished.count() >= 1 && !sync->isRunning(); }, 30000));

    bool seen = false;
    QString text;
    onNextModal([&](QWidget *modal) {
        if (modal->objectName() != S("exitSyncDialog"))
            return false;
        seen = true;
        text = modal->findChild<QLabel *>(S("exitSyncText"))->text();
        screenshot(modal, S("exit-sync-dialog"));
        QTest::mouseClick(modal->findChild<QPushButton *>(S("skipExitSync")), Qt::LeftButton);
        return true;
    });
    QElapsedTimer clock;
    clock.start();
    CHECK(w.close());
    CHECK(clock.elapsed() < 8000);
    CHECK_FALSE(w.isVisible());
    CHECK(seen);
    CHECK(text == S("Sending your changes to the team server…"));
    // Skipped: the outbox stays for the next start; the worker ends on its own.
    REQUIRE(waitFor([&] { return !sync->isRunning(); }, 30000));
    PasswordStore::forgetSessionPassword(settings.server);
}

TEST_CASE_METHOD(UiFixture, "Sync now with a real server empties the outbox, shows it in the status bar and refreshes open lists",
                 "[ui][sync][postgres]")
{
    NoKeychain noKeychain;
    test::PgTestServer pg;
    if (!serverUp(pg))
        return;
    setUpTeam(pg, db());
    addRecord(db(), S("contact"), {{S("last_name"), S("Prieto")}});
    const ServerAddress ana = configure(pg, db(), S("ana"));

    MainWindow w(db());
    SyncController *sync = w.syncController();
    SyncStatusWidget *status = w.syncStatusWidget();
    QSignalSpy finished(sync, &SyncController::finished);
    // The sync at start joins: the existing database goes up.
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    REQUIRE(waitFor([&] { return finished.count() == 1 && !sync->isRunning(); }, 30000));
    INFO(finished.at(0).at(1).toString().toStdString());
    REQUIRE(finished.at(0).at(1).toString().isEmpty());
    CHECK(finished.at(0).at(0).value<SyncReport>().joined);
    REQUIRE(waitFor([&] { return sync->status().lastSync.isValid() && sync->status().pendingChanges == 0; }));
    CHECK(status->isVisible());
    CHECK(status->text().startsWith(S("synced ")));
    CHECK_FALSE(status->styleSheet().contains(S("#b42318")));
    screenshot(w.statusBar(), S("sync-status-synced"));

    // A new record: pending shows at once (no sync needed to count it).
    addRecord(db(), S("contact"), {{S("last_name"), S("Gómez")}});
    REQUIRE(waitFor([&] { return status->text().startsWith(S("↻ ")); }));
    CHECK(sync->status().pendingChanges > 0);
    screenshot(w.statusBar(), S("sync-status-pending"));

    // Sync now (Tools menu, F9): the outbox empties.
    QAction *syncNow = w.findChild<QAction *>(S("actionSyncNow"));
    REQUIRE(syncNow);
    CHECK(syncNow->shortcut() == QKeySequence(Qt::Key_F9));
    syncNow->trigger();
    REQUIRE(waitFor([&] { return finished.count() == 2 && !sync->isRunning(); }, 30000));
    CHECK(finished.at(1).at(1).toString().isEmpty());
    REQUIRE(waitFor([&] { return sync->status().pendingChanges == 0 && status->text().startsWith(S("synced ")); }));

    // Another computer of the team adds a contact: after the next sync the open list shows it.
    REQUIRE(w.showPageByName(S("contact")));
    RecordListView *list = w.currentListView();
    REQUIRE(list);
    REQUIRE(waitFor([&] { return list->totalCount() >= 0; }));
    QTest::qWait(300);
    const qint64 before = list->totalCount();
    INFO("contacts listed before: " << before << ", in the store: " << contactCount(db()));
    test::TempDb other;
    REQUIRE(RecordStore(other.db()).create(S("contact"), {{S("last_name"), S("Navarro")}}).ok());
    auto luis = SyncEngine(other.db()).sync(pg.user(S("luis"), S("luis-pw")));
    INFO((luis ? std::string() : luis.error().message.toStdString()));
    REQUIRE(luis.ok());
    syncNow->trigger();
    REQUIRE(waitFor([&] { return finished.count() == 3 && !sync->isRunning(); }, 30000));
    CHECK(finished.at(2).at(0).value<SyncReport>().applied >= 1);
    CHECK(contactCount(db()) == 3);
    CHECK(waitFor([&] { return list->totalCount() == before + 1; }));
    PasswordStore::forgetSessionPassword(ana);
}

TEST_CASE_METHOD(UiFixture, "a conflict made by two databases appears in the conflicts view and Restore reaches the team",
                 "[ui][sync][postgres]")
{
    NoKeychain noKeychain;
    test::PgTestServer pg;
    if (!serverUp(pg))
        return;
    setUpTeam(pg, db());
    test::TempDb other;
    const ServerAddress ana = configure(pg, db(), S("ana"));
    const ServerAddress luis = pg.user(S("luis"), S("luis-pw"));
    RecordStore mine(db()), theirs(other.db());
    auto acme = mine.create(S("account"), {{S("name"), S("Acme Ibérica")}, {S("city"), S("Madrid")}});
    REQUIRE(acme.ok());
    REQUIRE(SyncEngine(db()).sync(ana).ok());
    REQUIRE(SyncEngine(other.db()).sync(luis).ok());
    // Both change the city while apart; luis's change is the later one and wins.
    REQUIRE(mine.update(S("account"), acme.value(), {{S("city"), S("Teruel")}}).ok());
    QThread::msleep(20);
    REQUIRE(theirs.update(S("account"), acme.value(), {{S("city"), S("Cuenca")}}).ok());
    REQUIRE(SyncEngine(db()).sync(ana).ok());
    REQUIRE(SyncEngine(other.db()).sync(luis).ok());

    MainWindow w(db());
    SyncController *sync = w.syncController();
    SyncStatusWidget *status = w.syncStatusWidget();
    QSignalSpy finished(sync, &SyncController::finished);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    REQUIRE(waitFor([&] { return finished.count() == 1 && !sync->isRunning(); }, 30000));
    REQUIRE(finished.at(0).at(1).toString().isEmpty());
    REQUIRE(waitFor([&] { return status->text().endsWith(S("1 conflict")); }));
    screenshot(w.statusBar(), S("sync-status-conflict"));

    // Conflicts… from the status bar's menu: both values, who, why; Restore with one click.
    bool checked = false;
    QStringList cells;
    onNextModal(
        [&](QWidget *modal) {
            auto *dialog = qobject_cast<ConflictsDialog *>(modal);
            if (!dialog || dialog->isLoading() || dialog->table()->rowCount() != 1)
                return false;
            for (int c = 0; c < ConflictsDialog::ResolutionColumn; ++c)
                cells << dialog->table()->item(0, c)->text();
            screenshot(dialog, S("conflicts-dialog-real"));
            dialog->table()->selectRow(0);
            QTest::mouseClick(dialog->findChild<QPushButton *>(S("restoreConflict")), Qt::LeftButton);
            checked = true;
            dialog->reject();
            return true;
        },
        15000);
    status->actionsMenu()->actions().at(1)->trigger();
    REQUIRE(checked);
    REQUIRE(cells.size() == 7);
    CHECK(cells.at(ConflictsDialog::RecordColumn) == S("Acme Ibérica (Account)"));
    CHECK(cells.at(ConflictsDialog::FieldColumn) == S("City"));
    CHECK(cells.at(ConflictsDialog::NowColumn) == S("Cuenca"));
    CHECK(cells.at(ConflictsDialog::NowByColumn).startsWith(S("luis · ")));
    CHECK(cells.at(ConflictsDialog::KeptColumn) == S("Teruel"));
    CHECK(cells.at(ConflictsDialog::KeptByColumn).startsWith(S("ana · ")));
    CHECK(cells.at(ConflictsDialog::ReasonColumn) == S("Edited by two people"));
    CHECK(mine.get(S("account"), acme.value()).value().value(S("city")).toString() == S("Teruel"));
    // The status bar recounts: no conflict, one change to send.
    REQUIRE(waitFor([&] { return !status->text().contains(S("conflict")) && status->text().startsWith(S("↻ ")); }));

    // Sent with the next sync, it reaches the other computer.
    w.findChild<QAction *>(S("actionSyncNow"))->trigger();
    REQUIRE(waitFor([&] { return finished.count() == 2 && !sync->isRunning(); }, 30000));
    CHECK(finished.at(1).at(1).toString().isEmpty());
    REQUIRE(SyncEngine(other.db()).sync(luis).ok());
    CHECK(theirs.get(S("account"), acme.value()).value().value(S("city")).toString() == S("Teruel"));
    PasswordStore::forgetSessionPassword(ana);
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncsim.h"

#include "inventory/stockledger.h"
#include "sales/salesdocuments.h"
#include "store/recordstore.h"
#include "store/sqlite.h"
#include "sync/serveradmin.h"
#include "sync/syncstate.h"
#include "sync/valuecodec.h"
#include "util/hlc.h"

#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QSqlDatabase>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <thread>

namespace trato::test {

namespace {

const QString kAccount = QStringLiteral("account");
const QString kContact = QStringLiteral("contact");
const QString kProduct = QStringLiteral("product");
const QString kInvoice = QStringLiteral("invoice");
const QString kMovement = QStringLiteral("stock_movement");

// Records that belong to a team (never on a client of another team).
const QStringList kTeamEntities = {kAccount, kContact, kInvoice};

// How far in the future a server clock may be (the server refuses far-future stamps).
constexpr qint64 kClockToleranceMs = 5 * 60 * 1000;

QString text(const QVariant &v)
{
    return v.isNull() ? QStringLiteral("<null>") : v.toString();
}

// Server JSON and a local cell are equal when they carry the same value (SQLite's dynamic
// typing may hand a number back as text; that is not a difference a user would see).
bool sameValue(const QJsonValue &server, const QVariant &local)
{
    const QJsonValue mine = ValueCodec::toJson(local);
    if (server == mine)
        return true;
    if (server.isNull() || mine.isNull())
        return false;
    if (server.isDouble() && mine.isDouble())
        return server.toDouble() == mine.toDouble();
    return ValueCodec::fromJson(server).toString() == ValueCodec::fromJson(mine).toString();
}

QString jsonText(const QJsonValue &v)
{
    return ValueCodec::fromJson(v).isNull() ? QStringLiteral("<null>") : ValueCodec::fromJson(v).toString();
}

QString metaValue(Database &db, const QString &key)
{
    auto q = Sql::exec(db.connection(), QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key});
    return q && q.value().next() ? q.value().value(0).toString() : QString();
}

} // namespace

QList<SyncSim::User> SyncSim::teamUsers()
{
    return {{QStringLiteral("ana"), QStringLiteral("sales"), QStringLiteral("Norte")},
            {QStringLiteral("luis"), QStringLiteral("manager"), QStringLiteral("Norte")},
            {QStringLiteral("eva"), QStringLiteral("support"), QStringLiteral("Norte")},
            {QStringLiteral("pedro"), QStringLiteral("sales"), QStringLiteral("Sur")},
            {QStringLiteral("marta"), QStringLiteral("sales"), QStringLiteral("Sur")}};
}

SyncSim::User SyncSim::adminUser()
{
    return {QStringLiteral("jefa"), QStringLiteral("admin"), QStringLiteral("Central")};
}

SyncSim::SyncSim(PgTestServer &pg, QString database, quint32 seed, Options options)
    : m_pg(pg)
    , m_database(std::move(database))
    , m_seed(seed)
    , m_options(options)
    , m_rng(seed)
{
}

SyncSim::~SyncSim()
{
    // Databases close before their folders go.
    for (auto &c : m_owned)
        c->db.reset();
    if (m_admin)
        m_admin->db.reset();
}

QString SyncSim::rerunHint() const
{
    return QStringLiteral("seed %1 (rerun only it: TRATO_SYNC_SEED=%1 ctest --preset ci -R convergence)").arg(m_seed);
}

QString SyncSim::where(const Client &c) const
{
    return QStringLiteral("seed %1, client %2 (%3, team %4)").arg(m_seed).arg(c.user.name, c.user.role, c.user.team);
}

// Creating a Trato database (migrations, the generated schema) costs ~0.4 s here, opening one
// ~0.07 s. The clients start from a copy of one empty database made once per process, without its
// site id and clock, so each opens as a new site: the same as a fresh file (no migration writes
// records, so there are no shared ids), five times faster over twenty seeds.
QString SyncSim::templateFile()
{
    static QTemporaryDir dir;
    static QString file;
    if (!file.isEmpty())
        return file;
    {
        auto db = Database::open(dir.filePath(QStringLiteral("empty.sqlite")));
        if (!db || !db.value()->backupTo(dir.filePath(QStringLiteral("template.sqlite"))))
            return {};
    }
    {
        QSqlDatabase t = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("syncsim-template"));
        t.setDatabaseName(dir.filePath(QStringLiteral("template.sqlite")));
        const bool ok = t.open() && Sql::exec(t, QStringLiteral("DELETE FROM meta WHERE key IN ('site_id', 'hlc_last')")).ok();
        t.close();
        t = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("syncsim-template"));
        if (!ok)
            return {};
    }
    file = dir.filePath(QStringLiteral("template.sqlite"));
    return file;
}

Result<std::shared_ptr<Database>> SyncSim::openClientDb(Client &c)
{
    c.dir = std::make_unique<QTemporaryDir>();
    if (!c.dir->isValid())
        return Error::failure(QStringLiteral("no temporary folder"));
    const QString path = c.dir->filePath(c.user.name + QStringLiteral(".sqlite"));
    const QString empty = templateFile();
    if (empty.isEmpty() || !QFile::copy(empty, path))
        return Error::failure(QStringLiteral("could not copy an empty database to %1").arg(path));
    Database::Options o;
    o.user = c.user.name;
    o.create = false;
    return Database::open(path, o);
}

Status SyncSim::setUp()
{
    if (!m_pg.createDatabase(m_database))
        return Error::failure(QStringLiteral("CREATE DATABASE %1: %2").arg(m_database, m_pg.error()));
    m_admin = std::make_unique<Client>();
    m_admin->user = adminUser();
    auto adminDb = openClientDb(*m_admin);
    if (!adminDb)
        return adminDb.error();
    m_admin->db = adminDb.value();
    const ServerAddress super = m_pg.admin(m_database);
    if (Status s = ServerAdmin::init(super, *m_admin->db->registry()); !s)
        return Error::failure(QStringLiteral("server init: ") + s.error().message);

    QList<User> everyone = teamUsers();
    everyone.prepend(adminUser());
    for (const User &u : everyone) {
        const QString password = QStringLiteral("pw-") + u.name;
        if (Status s = ServerAdmin::addUser(super, {u.name, u.role, u.team, true}, password); !s)
            return Error::failure(QStringLiteral("server user add %1: %2").arg(u.name, s.error().message));
    }
    m_admin->password = QStringLiteral("pw-") + m_admin->user.name;
    m_admin->address = m_pg.user(m_admin->user.name, m_admin->password, m_database);

    if (Status s = seedStartingData(*m_admin); !s)
        return s;
    if (Status s = syncClient(*m_admin, false); !s)
        return Error::failure(QStringLiteral("the admin's first sync: ") + s.error().message);

    for (const User &u : teamUsers()) {
        auto c = std::make_unique<Client>();
        c->user = u;
        c->password = QStringLiteral("pw-") + u.name;
        c->address = m_pg.user(u.name, c->password, m_database);
        auto db = openClientDb(*c);
        if (!db)
            return db.error();
        c->db = db.value();
        m_clients << c.get();
        m_owned.push_back(std::move(c));
    }
    for (Client *c : std::as_const(m_clients))
        if (Status s = syncClient(*c, false); !s)
            return Error::failure(QStringLiteral("%1: first sync: %2").arg(where(*c), s.error().message));
    return {};
}

Status SyncSim::seedStartingData(Client &admin)
{
    RecordStore store(*admin.db);
    StockLedger ledger(*admin.db);
    // Two accounts per salesperson-ish owner, a contact or two each, so both teams have work and
    // several people share the same records (conflicts).
    const QStringList owners = {QStringLiteral("ana"), QStringLiteral("luis"), QStringLiteral("eva"), QStringLiteral("pedro"),
                                QStringLiteral("marta")};
    for (int i = 0; i < owners.size(); ++i) {
        for (int k = 0; k < 2; ++k) {
            auto account = store.create(kAccount, {{QStringLiteral("name"), QStringLiteral("Cuenta %1-%2").arg(owners[i]).arg(k)},
                                                   {QStringLiteral("payment_terms"), QStringLiteral("30 days")},
                                                   {QStringLiteral("owner"), owners[i]}});
            if (!account)
                return account.error();
            for (int j = 0; j <= k; ++j) {
                auto contact = store.create(kContact, {{QStringLiteral("first_name"), QStringLiteral("Persona")},
                                                       {QStringLiteral("last_name"), QStringLiteral("%1-%2-%3").arg(owners[i]).arg(k).arg(j)},
                                                       {QStringLiteral("account"), account.value()},
                                                       {QStringLiteral("owner"), owners[i]}});
                if (!contact)
                    return contact.error();
            }
        }
    }
    for (int p = 0; p < 3; ++p) {
        auto product = store.create(kProduct, {{QStringLiteral("sku"), QStringLiteral("SKU-%1").arg(p)},
                                               {QStringLiteral("name"), QStringLiteral("Producto %1").arg(p)},
                                               {QStringLiteral("unit_price"), qlonglong(250 + 100 * p)}});
        if (!product)
            return product.error();
        auto moved = ledger.adjust(product.value(), QString(), 1000 * 1000, QStringLiteral("initial stock"));
        if (!moved)
            return moved.error();
    }
    return {};
}

PgConnection::FaultHook SyncSim::planFaults(Client &c)
{
    Q_UNUSED(c);
    if (!chance(m_options.cutPercent))
        return {};
    struct Plan
    {
        QString exact;   // cut at the n-th occurrence of this point
        int nth = 1;     // else at the n-th point of any kind
        int seen = 0;
        bool fired = false;
    };
    auto plan = std::make_shared<Plan>();
    const int kind = rnd(4);
    if (kind == 0) {
        plan->exact = QStringLiteral("after COMMIT"); // the server committed, the client never heard
        plan->nth = 1 + rnd(2);
    } else if (kind == 1) {
        plan->exact = chance(50) ? QStringLiteral("before COPY") : QStringLiteral("after COPY");
        plan->nth = 1 + rnd(2);
    } else {
        plan->nth = 1 + rnd(40);
    }
    return [this, plan](const QString &point) {
        std::lock_guard<std::mutex> lock(m_hookMutex); // hooks of clients syncing together
        if (plan->fired)
            return false;
        if (!plan->exact.isEmpty() && point != plan->exact)
            return false;
        if (++plan->seen < plan->nth)
            return false;
        plan->fired = true;
        ++m_stats.cuts[point];
        return true;
    };
}

std::unique_ptr<SyncEngine> SyncSim::prepareSync(Client &c, bool faults)
{
    auto engine = std::make_unique<SyncEngine>(*c.db);
    engine->setPageSize(faults ? 2 + rnd(30) : 500); // small pages: several batches and pages per sync
    if (faults)
        engine->setFaultHook(planFaults(c));
    ++m_stats.syncs;
    return engine;
}

Status SyncSim::finishSync(Client &c, const Result<SyncReport> &r, SyncReport *report)
{
    checkClock(c, QStringLiteral("after a sync"));
    const qint64 pushed = SyncState(*c.db).number(QStringLiteral("pushed_seq"));
    if (pushed < c.lastPushedSeq)
        m_errors << QStringLiteral("%1: the acknowledged outbox position went back from %2 to %3").arg(where(c)).arg(c.lastPushedSeq).arg(pushed);
    c.lastPushedSeq = std::max(pushed, c.lastPushedSeq);
    if (!r) {
        ++m_stats.failedSyncs;
        c.needsSync = true;
        if (r.error().message.trimmed().isEmpty())
            m_errors << QStringLiteral("%1: a failed sync gave no message").arg(where(c));
        return r.error();
    }
    c.needsSync = false;
    if (report)
        *report = r.value();
    return {};
}

Status SyncSim::syncClient(Client &c, bool faults, SyncReport *report)
{
    auto engine = prepareSync(c, faults);
    return finishSync(c, engine->sync(c.address), report);
}

void SyncSim::syncTogether(const QList<Client *> &clients)
{
    // Each on its own thread (and so its own SQLite connection), all against the server at once:
    // their transactions overlap there, which is what the (txid, seq) pull cursor must survive.
    struct Attempt
    {
        Client *client;
        std::unique_ptr<SyncEngine> engine;
        Result<SyncReport> result = Error::failure(QStringLiteral("not run"));
    };
    std::vector<Attempt> attempts;
    for (Client *c : clients)
        attempts.push_back({c, prepareSync(*c, true)});
    std::vector<std::thread> threads;
    for (Attempt &a : attempts)
        threads.emplace_back([&a] {
            a.result = a.engine->sync(a.client->address);
            a.client->db->releaseThreadConnection();
        });
    for (std::thread &t : threads)
        t.join();
    for (Attempt &a : attempts)
        finishSync(*a.client, a.result);
}

void SyncSim::checkClock(Client &c, const QString &when)
{
    const QString now = metaValue(*c.db, QStringLiteral("hlc_last"));
    if (!c.lastHlc.isEmpty() && now < c.lastHlc)
        m_errors << QStringLiteral("%1: the clock went backwards %2: %3 -> %4").arg(where(c), when, c.lastHlc, now);
    if (now > c.lastHlc)
        c.lastHlc = now;
}

void SyncSim::opFailed(Client &c, const QString &what, const Error &error, bool expected)
{
    if (expected) {
        ++m_stats.localRefusals;
        return;
    }
    m_stats.opErrors << QStringLiteral("%1, round %2: %3 failed: %4").arg(where(c)).arg(m_round).arg(what, error.message);
}

QString SyncSim::pickRecord(Client &c, const QString &entity, const QString &where, const QString &orderBy)
{
    // entity, where and orderBy are fixed strings of this file, never user text.
    auto n = Sql::exec(c.db->connection(), QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(Sql::ident(entity), where));
    if (!n || !n.value().next())
        return {};
    const int count = n.value().value(0).toInt();
    if (count == 0)
        return {};
    // Half the time one of the first three: several people work on the same few records.
    const int index = chance(50) ? rnd(std::min(count, 3)) : rnd(count);
    auto q = Sql::exec(c.db->connection(),
                       QStringLiteral("SELECT id FROM %1 WHERE %2 ORDER BY %3, id LIMIT 1 OFFSET ?").arg(Sql::ident(entity), where, orderBy),
                       {index});
    return q && q.value().next() ? q.value().value(0).toString() : QString();
}

void SyncSim::opEdit(Client &c, const QString &tag)
{
    const bool account = chance(50);
    const QString entity = account ? kAccount : kContact;
    const QString id = pickRecord(c, entity, QStringLiteral("deleted = 0"), account ? QStringLiteral("name") : QStringLiteral("last_name"));
    if (id.isEmpty()) {
        ++m_stats.localRefusals;
        return;
    }
    static const QStringList accountFields = {QStringLiteral("payment_terms"), QStringLiteral("description"), QStringLiteral("website")};
    static const QStringList contactFields = {QStringLiteral("title"), QStringLiteral("department"), QStringLiteral("description")};
    const QStringList &fields = account ? accountFields : contactFields;
    const QString field = fields.at(rnd(int(fields.size())));
    QString value = tag;
    if (field == QLatin1String("website"))
        value = QStringLiteral("https://example.com/") + QString(tag).replace(QLatin1Char(' '), QLatin1Char('-'));
    ++m_stats.ops[QStringLiteral("edit")];
    if (Status s = RecordStore(*c.db).update(entity, id, {{field, value}}); !s)
        opFailed(c, QStringLiteral("edit %1 %2.%3").arg(entity, id, field), s.error(), false);
}

void SyncSim::opDeleteOrRestore(Client &c)
{
    const bool restore = chance(40);
    const QString entity = chance(70) ? kContact : kAccount;
    const QString order = entity == kAccount ? QStringLiteral("name") : QStringLiteral("last_name");
    const QString id = pickRecord(c, entity, restore ? QStringLiteral("deleted = 1") : QStringLiteral("deleted = 0"), order);
    if (id.isEmpty()) {
        ++m_stats.localRefusals;
        return;
    }
    RecordStore store(*c.db);
    ++m_stats.ops[restore ? QStringLiteral("restore") : QStringLiteral("delete")];
    const Status s = restore ? store.restore(entity, id) : store.remove(entity, id);
    if (!s)
        opFailed(c, QStringLiteral("%1 %2 %3").arg(restore ? QStringLiteral("restore") : QStringLiteral("delete"), entity, id), s.error(), false);
}

void SyncSim::opCreate(Client &c, const QString &tag)
{
    RecordStore store(*c.db);
    if (chance(35)) {
        ++m_stats.ops[QStringLiteral("new account")];
        auto r = store.create(kAccount, {{QStringLiteral("name"), QString(QStringLiteral("Nueva ") + tag)}});
        if (!r)
            opFailed(c, QStringLiteral("new account"), r.error(), false);
        return;
    }
    const QString account = pickRecord(c, kAccount, QStringLiteral("deleted = 0"), QStringLiteral("name"));
    QVariantMap values{{QStringLiteral("first_name"), QStringLiteral("Nuevo")}, {QStringLiteral("last_name"), tag}};
    if (!account.isEmpty())
        values.insert(QStringLiteral("account"), account);
    ++m_stats.ops[QStringLiteral("new contact")];
    auto r = store.create(kContact, values);
    if (!r)
        opFailed(c, QStringLiteral("new contact"), r.error(), false);
}

void SyncSim::opStock(Client &c)
{
    const QString product = pickRecord(c, kProduct, QStringLiteral("deleted = 0"), QStringLiteral("sku"));
    if (product.isEmpty()) {
        ++m_stats.localRefusals;
        return;
    }
    const qint64 quantity = qint64(1 + rnd(20)) * 1000 * (chance(30) ? -1 : 1);
    ++m_stats.ops[QStringLiteral("stock")];
    auto r = StockLedger(*c.db).adjust(product, QString(), quantity, QStringLiteral("recuento %1").arg(c.user.name));
    if (!r)
        opFailed(c, QStringLiteral("stock adjustment %1 of %2").arg(quantity).arg(product), r.error(), quantity < 0);
}

void SyncSim::opInvoice(Client &c, const QString &tag)
{
    const QString account = pickRecord(c, kAccount, QStringLiteral("deleted = 0"), QStringLiteral("name"));
    const QString product = pickRecord(c, kProduct, QStringLiteral("deleted = 0"), QStringLiteral("sku"));
    if (account.isEmpty() || product.isEmpty()) {
        ++m_stats.localRefusals;
        return;
    }
    RecordStore store(*c.db);
    ++m_stats.ops[QStringLiteral("invoice")];
    auto invoice = store.create(kInvoice, {{QStringLiteral("account"), account},
                                           {QStringLiteral("invoice_date"), QDate::currentDate().toString(Qt::ISODate)},
                                           {QStringLiteral("subject"), tag}});
    if (!invoice) {
        opFailed(c, QStringLiteral("new invoice"), invoice.error(), false);
        return;
    }
    auto line = store.create(QStringLiteral("sales_line"), {{kInvoice, invoice.value()},
                                                            {QStringLiteral("position"), 1},
                                                            {QStringLiteral("kind"), kProduct},
                                                            {kProduct, product},
                                                            {QStringLiteral("description"), tag},
                                                            {QStringLiteral("quantity"), qlonglong(1000 * (1 + rnd(3)))},
                                                            {QStringLiteral("unit_price"), qlonglong(250)},
                                                            {QStringLiteral("tax_rate"), 21.0}});
    if (!line) {
        opFailed(c, QStringLiteral("invoice line"), line.error(), false);
        return;
    }
    auto number = SalesDocuments(*c.db).issue(invoice.value());
    if (!number)
        opFailed(c, QStringLiteral("issue invoice %1").arg(invoice.value()), number.error(), false);
}

void SyncSim::opResolve(Client &c)
{
    // Someone reviews a conflict: keeps the winner or restores their own losing value.
    SyncConflicts conflicts(*c.db);
    auto open = conflicts.list();
    if (!open || open->isEmpty()) {
        ++m_stats.localRefusals;
        return;
    }
    const SyncConflict &pick = open->at(rnd(int(open->size())));
    const bool restore = pick.reason != QLatin1String("denied") && chance(50);
    ++m_stats.ops[restore ? QStringLiteral("conflict restore") : QStringLiteral("conflict keep")];
    const Status s = restore ? conflicts.restore(pick.id) : conflicts.keep(pick.id);
    // A restore may be refused when the record is no longer here (deleted elsewhere, evicted).
    if (!s)
        opFailed(c, QStringLiteral("%1 conflict %2 (%3 %4.%5)").arg(restore ? QStringLiteral("restore") : QStringLiteral("keep"), pick.id,
                                                                     pick.entity, pick.recordId, pick.field),
                 s.error(), restore);
}

void SyncSim::operate(Client &c, int round, int index)
{
    const QString tag = QStringLiteral("%1 r%2 n%3").arg(c.user.name).arg(round).arg(index);
    ++m_stats.operations;
    const int r = rnd(100);
    if (r < 6)
        opResolve(c);
    else if (r < 40)
        opEdit(c, tag);
    else if (r < 52)
        opDeleteOrRestore(c);
    else if (r < 70)
        opCreate(c, tag);
    else if (r < 85)
        opStock(c);
    else
        opInvoice(c, tag);
    checkClock(c, QStringLiteral("after a local write"));
}

Status SyncSim::round(int number)
{
    m_round = number;
    QList<Client *> order = m_clients;
    std::shuffle(order.begin(), order.end(), m_rng);
    for (Client *c : std::as_const(order)) {
        const int ops = 1 + rnd(m_options.opsPerRound * 2);
        for (int i = 0; i < ops; ++i)
            operate(*c, number, i);
    }
    std::shuffle(order.begin(), order.end(), m_rng);
    QList<Client *> online;
    for (Client *c : std::as_const(order))
        if (!chance(15)) // else it stays offline a little longer
            online << c;
    if (chance(40)) {
        syncTogether(online);
    } else {
        for (Client *c : std::as_const(online)) {
            Status s = syncClient(*c, true);
            if (!s && chance(50))
                syncClient(*c, true); // retried at once (maybe cut again); else at the next round
        }
    }
    return {};
}

Status SyncSim::settle()
{
    QList<Client *> everyone = m_clients;
    everyone << m_admin.get();
    for (int pass = 1; pass <= m_options.settlePasses; ++pass) {
        m_stats.settlePasses = pass;
        qint64 changed = 0;
        for (Client *c : std::as_const(everyone)) {
            SyncReport report;
            if (Status s = syncClient(*c, false, &report); !s)
                return Error::failure(QStringLiteral("%1: a sync without faults failed: %2").arg(where(*c), s.error().message));
            changed += report.pushed + report.applied + report.evicted;
        }
        if (changed == 0)
            return {};
    }
    return Error::failure(QStringLiteral("seed %1: still changing after %2 full sync passes").arg(m_seed).arg(m_options.settlePasses));
}

QStringList SyncSim::run()
{
    QStringList failures;
    if (Status s = setUp(); !s)
        return {QStringLiteral("seed %1: set-up: %2").arg(m_seed).arg(s.error().message)};
    for (int r = 1; r <= m_options.rounds; ++r)
        round(r);
    if (Status s = settle(); !s)
        failures << s.error().message;
    failures << verify();
    return failures;
}

// ---------------------------------------------------------------------------------------------
// The oracle

QStringList SyncSim::syncedEntities(Client &c) const
{
    // What the server says it shares (trato.entity_policy, written by server init from the
    // metadata), limited to what this Trato has.
    QStringList out;
    for (const Entity *e : c.db->registry()->entities())
        if (m_policy.contains(e->name))
            out << e->name;
    return out;
}

Status SyncSim::readPolicy()
{
    auto conn = PgConnection::connect(m_pg.admin(m_database));
    if (!conn)
        return conn.error();
    auto rows = conn.value()->exec(QStringLiteral("SELECT entity, shared FROM trato.entity_policy"));
    if (!rows)
        return rows.error();
    m_policy.clear();
    for (int i = 0; i < rows->count(); ++i)
        m_policy.insert(rows->value(i, 0), rows->value(i, 1) == QLatin1String("t"));
    if (!m_policy.contains(kAccount) || m_policy.value(kAccount))
        return Error::failure(QStringLiteral("the server's policy does not list accounts as team records"));
    return {};
}

Result<SyncSim::ServerView> SyncSim::readServer(const ServerAddress &as, const QStringList &entities)
{
    auto conn = PgConnection::connect(as);
    if (!conn)
        return conn.error();
    auto rows = conn.value()->exec(QStringLiteral("SELECT entity, id, data::text, clocks::text, owner, team FROM trato.rec "
                                                  "WHERE NOT purged AND entity = ANY($1::text[])"),
                                   {QString(QStringLiteral("{") + entities.join(QLatin1Char(',')) + QStringLiteral("}"))});
    if (!rows)
        return rows.error();
    ServerView view;
    for (int i = 0; i < rows->count(); ++i) {
        ServerRecord r;
        r.data = QJsonDocument::fromJson(rows->value(i, 2).toUtf8()).object();
        r.clocks = QJsonDocument::fromJson(rows->value(i, 3).toUtf8()).object();
        // "*" is the clock of every field in data without one of its own: spelled out here.
        if (r.clocks.contains(QStringLiteral("*"))) {
            const QJsonValue star = r.clocks.take(QStringLiteral("*"));
            for (auto f = r.data.constBegin(); f != r.data.constEnd(); ++f)
                if (!r.clocks.contains(f.key()))
                    r.clocks.insert(f.key(), star);
        }
        r.owner = rows->value(i, 4);
        r.team = rows->value(i, 5);
        view[rows->value(i, 0)].insert(rows->value(i, 1), r);
    }
    return view;
}

void SyncSim::verifyClientEqualsServer(Client &c, QStringList &failures)
{
    const QStringList entities = syncedEntities(c);
    auto view = readServer(c.address, entities);
    if (!view) {
        failures << QStringLiteral("%1: reading the server as this user: %2").arg(where(c), view.error().message);
        return;
    }
    QMap<QString, QString> teamOf;
    for (const User &u : teamUsers())
        teamOf.insert(u.name, u.team);
    for (const QString &entity : entities) {
        const auto &server = view.value()[entity];
        QSet<QString> seen;
        auto q = Sql::exec(c.db->connection(), QStringLiteral("SELECT * FROM %1").arg(Sql::ident(entity)));
        if (!q) {
            failures << QStringLiteral("%1: reading %2: %3").arg(where(c), entity, q.error().message);
            continue;
        }
        QSet<QString> keys;
        for (const ServerRecord &r : server)
            for (auto f = r.data.constBegin(); f != r.data.constEnd(); ++f)
                keys.insert(f.key());
        QSqlQuery &rows = q.value();
        while (rows.next()) {
            const QSqlRecord rec = rows.record();
            const QString id = rec.value(QStringLiteral("id")).toString();
            seen.insert(id);
            const QString owner = rec.indexOf(QStringLiteral("owner")) >= 0 ? rec.value(QStringLiteral("owner")).toString() : QString();
            if ((kTeamEntities.contains(entity) || !m_policy.value(entity)) && teamOf.contains(owner) && c.user.role != QLatin1String("admin")
                && teamOf.value(owner) != c.user.team)
                failures << QStringLiteral("%1: holds %2 %3 of %4 (team %5)").arg(where(c), entity, id, owner, teamOf.value(owner));
            auto it = server.constFind(id);
            if (it == server.constEnd()) {
                failures << QStringLiteral("%1: has %2 %3 that the server does not show this user").arg(where(c), entity, id);
                continue;
            }
            // Every field any record of the kind carries: a new record leaves its empty fields out
            // of its data, so a field it lacks must be empty here too.
            for (const QString &key : std::as_const(keys)) {
                if (rec.indexOf(key) < 0)
                    continue; // a field this Trato does not have (never for the same version)
                const QJsonValue remote = it->data.contains(key) ? it->data.value(key) : QJsonValue(QJsonValue::Null);
                const QVariant local = rec.value(key);
                if (!sameValue(remote, local))
                    failures << QStringLiteral("%1: %2 %3 field %4: here %5, server %6")
                                    .arg(where(c), entity, id, key, text(local), jsonText(remote));
            }
        }
        for (auto it = server.constBegin(); it != server.constEnd(); ++it)
            if (!seen.contains(it.key()))
                failures << QStringLiteral("%1: lacks %2 %3 that the server shows this user").arg(where(c), entity, it.key());
    }
}

void SyncSim::verifyWrites(QStringList &failures)
{
    QList<Client *> everyone = m_clients;
    everyone << m_admin.get();
    const QStringList entities = syncedEntities(*m_admin);
    auto view = readServer(m_pg.admin(m_database), entities);
    if (!view) {
        failures << QStringLiteral("seed %1: reading the server as superuser: %2").arg(m_seed).arg(view.error().message);
        return;
    }
    // Every conflict any client holds: record/field/loser clock.
    QSet<QString> conflicts;
    QSet<QString> deniedRecords;
    for (Client *c : std::as_const(everyone)) {
        auto q = Sql::exec(c->db->connection(), QStringLiteral("SELECT record_id, field, loser_hlc FROM sync_conflict"));
        if (q)
            while (q.value().next()) {
                conflicts.insert(q.value().value(0).toString() + QLatin1Char('/') + q.value().value(1).toString() + QLatin1Char('/')
                                 + q.value().value(2).toString());
                ++m_stats.conflicts;
            }
    }
    {
        auto conn = PgConnection::connect(m_pg.admin(m_database));
        auto rows = conn ? conn.value()->exec(QStringLiteral("SELECT record_id, field, loser_hlc FROM trato.conflict")) : Result<PgRows>(conn.error());
        if (!rows)
            failures << QStringLiteral("seed %1: reading the server's conflicts: %2").arg(m_seed).arg(rows.error().message);
        else
            for (int i = 0; i < rows->count(); ++i)
            {
                conflicts.insert(rows->value(i, 0) + QLatin1Char('/') + rows->value(i, 1) + QLatin1Char('/') + rows->value(i, 2));
                if (rows->value(i, 1) == QLatin1String("*"))
                    deniedRecords.insert(rows->value(i, 0)); // a whole record refused
            }
    }
    // The latest clock anyone wrote each field with: a write is also beaten by a later write of
    // the same field that went on to win, lose into conflicts, or change nothing (checked itself).
    QHash<QString, QString> latestWrite; // record/field -> clock
    for (Client *c : std::as_const(everyone)) {
        auto q = Sql::exec(c->db->connection(),
                           QStringLiteral("SELECT record_id, field, max(hlc) FROM change_log WHERE remote = 0 AND op = 'update' "
                                          "GROUP BY record_id, field"));
        if (q)
            while (q.value().next()) {
                const QString key = q.value().value(0).toString() + QLatin1Char('/') + q.value().value(1).toString();
                if (q.value().value(2).toString() > latestWrite.value(key))
                    latestWrite.insert(key, q.value().value(2).toString());
            }
    }
    for (Client *c : std::as_const(everyone)) {
        const qint64 pushed = SyncState(*c->db).number(QStringLiteral("pushed_seq"));
        auto q = Sql::exec(c->db->connection(),
                           QStringLiteral("SELECT seq, entity, record_id, op, field, new_value, hlc FROM change_log "
                                          "WHERE remote = 0 AND op IN ('insert', 'update') AND seq <= ? ORDER BY seq"),
                           {pushed});
        if (!q) {
            failures << QStringLiteral("%1: reading change_log: %2").arg(where(*c), q.error().message);
            continue;
        }
        while (q.value().next()) {
            const QSqlQuery &r = q.value();
            const QString entity = r.value(1).toString();
            const QString id = r.value(2).toString();
            const QString op = r.value(3).toString();
            const QString field = r.value(4).toString();
            const QString hlc = r.value(6).toString();
            if (!view.value().contains(entity))
                continue; // not a synced entity
            const auto &records = view.value()[entity];
            auto it = records.constFind(id);
            if (it == records.constEnd()) {
                if (!deniedRecords.contains(id))
                    failures << QStringLiteral("%1: acknowledged %2 of %3 %4 (clock %5) is not on the server")
                                    .arg(where(*c), op, entity, id, hlc);
                continue;
            }
            if (op != QLatin1String("update") || !it->clocks.contains(field))
                continue; // inserts: the record is there; fields not synced: nothing to check
            const QString serverClock = it->clocks.value(field).toString();
            if (serverClock == hlc) {
                if (!sameValue(it->data.value(field), r.value(5)))
                    failures << QStringLiteral("%1: %2 %3 field %4 has this write's clock %5 but the value %6 instead of %7")
                                    .arg(where(*c), entity, id, field, hlc, jsonText(it->data.value(field)), text(r.value(5)));
            } else if (serverClock > hlc) {
                // beaten by a later clock
            } else if (latestWrite.value(id + QLatin1Char('/') + field) > hlc) {
                // beaten by a later write of the same field (its own fate is checked on its own)
            } else if (sameValue(it->data.value(field), r.value(5))) {
                // the server holds this very value (written elsewhere too, or a refused change that
                // changed nothing): nothing of it is lost
            } else if (!conflicts.contains(id + QLatin1Char('/') + field + QLatin1Char('/') + hlc)) {
                QStringList near;
                for (const QString &k : std::as_const(conflicts))
                    if (k.startsWith(id))
                        near << k.mid(id.size() + 1);
                failures << QStringLiteral("%1: acknowledged write of %2 %3 field %4 = %5 (clock %6) is lost: the server has %7 "
                                           "(clock %8) and no conflict keeps it (conflicts on the record: %9)")
                                .arg(where(*c), entity, id, field, text(r.value(5)), hlc, jsonText(it->data.value(field)), serverClock,
                                     near.isEmpty() ? QStringLiteral("none") : near.join(QStringLiteral(", ")));
            }
        }
    }
}

void SyncSim::verifyStock(QStringList &failures)
{
    QList<Client *> everyone = m_clients;
    everyone << m_admin.get();
    // The unique movements: every movement some client wrote itself.
    QMap<QString, QPair<QString, qint64>> movements; // id -> (product, quantity)
    for (Client *c : std::as_const(everyone)) {
        auto q = Sql::exec(c->db->connection(),
                           QStringLiteral("SELECT m.id, m.product, m.quantity FROM stock_movement m JOIN change_log l "
                                          "ON l.entity = 'stock_movement' AND l.record_id = m.id AND l.op = 'insert' AND l.remote = 0"));
        if (!q) {
            failures << QStringLiteral("%1: reading movements: %2").arg(where(*c), q.error().message);
            continue;
        }
        while (q.value().next()) {
            const QString id = q.value().value(0).toString();
            if (movements.contains(id))
                failures << QStringLiteral("%1: movement %2 was written here and elsewhere").arg(where(*c), id);
            movements.insert(id, {q.value().value(1).toString(), q.value().value(2).toLongLong()});
        }
    }
    QMap<QString, qint64> expected;
    for (const auto &m : std::as_const(movements))
        expected[m.first] += m.second;
    for (Client *c : std::as_const(everyone)) {
        QSet<QString> here;
        auto q = Sql::exec(c->db->connection(), QStringLiteral("SELECT id FROM stock_movement"));
        if (q)
            while (q.value().next())
                here.insert(q.value().value(0).toString());
        for (auto it = movements.constBegin(); it != movements.constEnd(); ++it)
            if (!here.contains(it.key()))
                failures << QStringLiteral("%1: lacks stock movement %2").arg(where(*c), it.key());
        for (const QString &id : std::as_const(here))
            if (!movements.contains(id))
                failures << QStringLiteral("%1: has stock movement %2 that nobody wrote").arg(where(*c), id);
        for (auto it = expected.constBegin(); it != expected.constEnd(); ++it) {
            auto level = StockLedger(*c->db).level(it.key());
            if (!level)
                failures << QStringLiteral("%1: stock of %2: %3").arg(where(*c), it.key(), level.error().message);
            else if (level->onHand != it.value())
                failures << QStringLiteral("%1: product %2 has %3 on hand, the unique movements sum to %4")
                                .arg(where(*c), it.key())
                                .arg(level->onHand)
                                .arg(it.value());
        }
        auto diffs = StockLedger(*c->db).verify();
        if (!diffs)
            failures << QStringLiteral("%1: stock verify: %2").arg(where(*c), diffs.error().message);
        else
            for (const StockDifference &d : diffs.value())
                failures << QStringLiteral("%1: product %2 %3: recorded %4, movements say %5")
                                .arg(where(*c), d.product, d.what)
                                .arg(d.recorded)
                                .arg(d.computed);
    }
}

void SyncSim::verifyInvoices(QStringList &failures)
{
    auto view = readServer(m_pg.admin(m_database), {kInvoice});
    if (!view) {
        failures << QStringLiteral("seed %1: reading invoices: %2").arg(m_seed).arg(view.error().message);
        return;
    }
    QMap<QString, QString> byNumber;         // number -> invoice id
    QMap<QString, QList<qint64>> bySeries;   // series (the number without its counter) -> counters
    for (auto it = view.value()[kInvoice].constBegin(); it != view.value()[kInvoice].constEnd(); ++it) {
        const QString number = it->data.value(QStringLiteral("number")).toString();
        if (number.isEmpty())
            continue;
        if (byNumber.contains(number))
            failures << QStringLiteral("seed %1: invoice number %2 is used by %3 and %4").arg(m_seed).arg(number, byNumber.value(number), it.key());
        byNumber.insert(number, it.key());
        int digits = 0;
        while (digits < number.size() && number.at(number.size() - 1 - digits).isDigit())
            ++digits;
        bySeries[number.left(number.size() - digits)] << number.right(digits).toLongLong();
    }
    for (auto it = bySeries.begin(); it != bySeries.end(); ++it) {
        std::sort(it->begin(), it->end());
        for (int i = 1; i < it->size(); ++i)
            if (it->at(i) != it->at(i - 1) + 1)
                failures << QStringLiteral("seed %1: invoice series %2 jumps from %3 to %4").arg(m_seed).arg(it.key()).arg(it->at(i - 1)).arg(it->at(i));
    }
}

void SyncSim::verifyClocks(QStringList &failures)
{
    const qint64 limit = QDateTime::currentMSecsSinceEpoch() + kClockToleranceMs;
    auto view = readServer(m_pg.admin(m_database), syncedEntities(*m_admin));
    if (!view) {
        failures << QStringLiteral("seed %1: reading clocks: %2").arg(m_seed).arg(view.error().message);
        return;
    }
    for (auto e = view.value().constBegin(); e != view.value().constEnd(); ++e)
        for (auto r = e->constBegin(); r != e->constEnd(); ++r)
            for (auto f = r->clocks.constBegin(); f != r->clocks.constEnd(); ++f) {
                HlcStamp stamp;
                if (!HlcStamp::parse(f.value().toString(), &stamp))
                    failures << QStringLiteral("seed %1: %2 %3 field %4 has clock \"%5\"").arg(m_seed).arg(e.key(), r.key(), f.key(), f.value().toString());
                else if (qint64(stamp.ms) > limit)
                    failures << QStringLiteral("seed %1: %2 %3 field %4 has a clock in the future: %5").arg(m_seed).arg(e.key(), r.key(), f.key(), f.value().toString());
            }
    QList<Client *> everyone = m_clients;
    everyone << m_admin.get();
    for (Client *c : std::as_const(everyone)) {
        HlcStamp stamp;
        if (HlcStamp::parse(c->lastHlc, &stamp) && qint64(stamp.ms) > limit)
            failures << QStringLiteral("%1: the clock is in the future: %2").arg(where(*c), c->lastHlc);
    }
}

QStringList SyncSim::verify()
{
    QStringList failures = m_errors;
    failures << m_stats.opErrors;
    if (Status s = readPolicy(); !s)
        return failures << QStringLiteral("seed %1: the server's sharing policy: %2").arg(m_seed).arg(s.error().message);
    QList<Client *> everyone = m_clients;
    everyone << m_admin.get();
    for (Client *c : std::as_const(everyone)) {
        const SyncStatus st = SyncEngine(*c->db).status();
        if (st.pendingChanges != 0)
            failures << QStringLiteral("%1: %2 changes still in the outbox").arg(where(*c)).arg(st.pendingChanges);
        if (st.parked != 0)
            failures << QStringLiteral("%1: %2 pulled records parked: %3").arg(where(*c)).arg(st.parked).arg(st.lastError);
        if (!st.lastError.isEmpty())
            failures << QStringLiteral("%1: last error after convergence: %2").arg(where(*c), st.lastError);
        verifyClientEqualsServer(*c, failures);
    }
    verifyWrites(failures);
    verifyStock(failures);
    verifyInvoices(failures);
    verifyClocks(failures);
    return failures;
}

} // namespace trato::test

// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncfixture.h"

#include "metadata/registry.h"
#include "metadata/value.h"
#include "store/database.h"
#include "store/schemabuilder.h"
#include "store/transaction.h"
#include "sync/serveradmin.h"
#include "util/uuid7.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <sqlite3.h>

#include <algorithm>

namespace trato::bench::syncbench {

namespace {

constexpr qint64 kMaxSize = 100000;

void removeDb(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

QString psqlProgram()
{
    const QString bin = test::PgTestServer::binDir();
    if (!bin.isEmpty() && QFile::exists(bin + QStringLiteral("/psql")))
        return bin + QStringLiteral("/psql");
    return QStandardPaths::findExecutable(QStringLiteral("psql"));
}

} // namespace

QList<qint64> sizes(const QList<qint64> &requested)
{
    QList<qint64> out;
    for (qint64 s : requested) {
        const qint64 n = std::min(s, kMaxSize);
        if (n > 0 && !out.contains(n))
            out << n;
    }
    return out;
}

int repeatsFor(qint64 size, int requested)
{
    return std::max(1, size >= kMaxSize ? std::min(requested, 3) : requested);
}

Status createServerDatabase(test::PgTestServer &pg, const QString &name)
{
    dropServerDatabase(pg, name);
    if (!pg.createDatabase(name))
        return Error::failure(QStringLiteral("CREATE DATABASE %1: %2").arg(name, pg.error()));
    return {};
}

Status initServer(test::PgTestServer &pg, const QString &name, const QStringList &users)
{
    Registry registry;
    if (Status s = ServerAdmin::init(pg.admin(name), registry); !s)
        return s;
    for (const QString &u : users) {
        ServerUser user;
        user.name = u;
        user.role = QStringLiteral("sales");
        user.team = kTeam;
        if (Status s = ServerAdmin::addUser(pg.admin(name), user, kPassword); !s)
            return Error::failure(QStringLiteral("server user add %1: %2").arg(u, s.error().message));
    }
    return {};
}

void dropServerDatabase(test::PgTestServer &pg, const QString &name)
{
    auto conn = PgConnection::connect(pg.admin(QStringLiteral("postgres")));
    if (!conn)
        return;
    conn.value()->run(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(PgConnection::quoteIdent(name)));
}

Result<std::shared_ptr<Database>> openClient(const QString &path, const QString &user)
{
    removeDb(path);
    Database::Options o;
    o.user = user;
    return Database::open(path, o);
}

Status insertContacts(Database &db, qint64 count, quint64 seed)
{
    static const char *const first[] = {"María", "José", "Antonio", "Carmen", "Lucía", "Javier", "Íñigo", "Begoña", "John", "Zoë"};
    static const char *const last[] = {"García", "Rodríguez", "Núñez", "Martín", "Álvarez", "Smith", "Müller", "Ibáñez", "Peña", "Ortiz"};
    static const char *const city[] = {"Madrid", "Barcelona", "Zaragoza", "Málaga", "A Coruña", "León", "Lisboa", "Paris"};
    static const char *const province[] = {"Madrid", "Barcelona", "Zaragoza", "Málaga", "A Coruña", "León", "Lisboa", "Paris"};
    static const char *const title[] = {"Gerente", "Director comercial", "Compras", "Administración", "Técnico", "CEO"};
    const Entity *contact = db.registry()->entity(QStringLiteral("contact"));
    if (!contact)
        return Error::notFound(QStringLiteral("no contact entity"));
    QStringList columns = {QStringLiteral("id"),         QStringLiteral("created_at"), QStringLiteral("updated_at"),
                           QStringLiteral("created_by"), QStringLiteral("owner"),      QStringLiteral("first_name"),
                           QStringLiteral("last_name"),  QStringLiteral("email"),      QStringLiteral("phone"),
                           QStringLiteral("mobile"),     QStringLiteral("title"),      QStringLiteral("city"),
                           QStringLiteral("province"),   QStringLiteral("postal_code"), QStringLiteral("country"),
                           QStringLiteral("description")};
    const int valueCount = int(columns.size());
    // The sort keys, written with the row as RecordStore does (else a trigger per key updates the
    // row again after the insert).
    QList<int> sortKeyOf;
    for (int i = 0; i < valueCount; ++i) {
        const Field *f = contact->field(columns.at(i));
        if (f && SchemaBuilder::hasSortKey(*f)) {
            columns << SchemaBuilder::sortKeyColumn(f->name);
            sortKeyOf << i;
        }
    }
    QStringList quoted, marks;
    for (const QString &c : columns) {
        quoted << QLatin1Char('"') + c + QLatin1Char('"');
        marks << QStringLiteral("?");
    }
    Transaction tx(db); // Normal: the change-capture triggers log every insert for the next push
    if (!tx.isActive())
        return tx.error();
    QSqlQuery q(tx.connection());
    if (!q.prepare(QStringLiteral("INSERT INTO contact (%1) VALUES (%2)").arg(quoted.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")))))
        return Error::failure(q.lastError().text());
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const QString user = db.user();
    quint64 x = 88172645463325252ull ^ (seed * 0x9E3779B97F4A7C15ull);
    QVariantList values(valueCount);
    for (qint64 i = 0; i < count; ++i) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        const int c = int((x >> 32) % 8);
        values[0] = Uuid7::create();
        values[1] = now;
        values[2] = now;
        values[3] = user;
        values[4] = user;
        values[5] = QString::fromUtf8(first[x % 10]);
        values[6] = QString(QString::fromUtf8(last[(x >> 8) % 10]) + QLatin1Char(' ') + QString::number(i));
        values[7] = QStringLiteral("user%1@example.es").arg(i);
        values[8] = QStringLiteral("+34 9%1").arg(10000000 + (x >> 16) % 89999999);
        values[9] = QStringLiteral("+34 6%1").arg(10000000 + (x >> 24) % 89999999);
        values[10] = QString::fromUtf8(title[(x >> 36) % 6]);
        values[11] = QString::fromUtf8(city[c]);
        values[12] = QString::fromUtf8(province[c]);
        values[13] = QStringLiteral("%1").arg(1000 + (x >> 20) % 51000, 5, 10, QLatin1Char('0'));
        values[14] = c >= 6 ? QStringLiteral("Portugal") : QStringLiteral("España");
        values[15] = QStringLiteral("Cliente desde %1, prefiere correo").arg(1990 + (x >> 40) % 35);
        for (int v = 0; v < valueCount; ++v)
            q.bindValue(v, values.at(v));
        for (int k = 0; k < sortKeyOf.size(); ++k)
            q.bindValue(valueCount + k, Value::sortKey(values.at(sortKeyOf.at(k)).toString()));
        if (!q.exec())
            return Error::failure(q.lastError().text());
    }
    tx.touched(QStringLiteral("contact"));
    return tx.commit();
}

qint64 contactCount(Database &db)
{
    QSqlQuery q(db.connection());
    if (q.exec(QStringLiteral("SELECT count(*) FROM contact")) && q.next())
        return q.value(0).toLongLong();
    return -1;
}

double TimedSync::pushMs() const
{
    return pullStartMs >= 0 ? pullStartMs : totalMs;
}

double TimedSync::pullMs() const
{
    return pullStartMs >= 0 ? totalMs - pullStartMs : 0;
}

QString TimedSync::phases() const
{
    return QStringLiteral("connect+push %1 ms (%2 batches), pull %3 ms (%4 records); %5 server statements")
        .arg(qRound64(pushMs()))
        .arg(copies)
        .arg(qRound64(pullMs()))
        .arg(report.pulled)
        .arg(statements);
}

Result<TimedSync> timedSync(Database &db, const ServerAddress &server)
{
    TimedSync t;
    SyncEngine engine(db);
    QElapsedTimer timer;
    struct Event
    {
        QString point;
        double ms;
    };
    std::vector<Event> events;
    engine.setFaultHook([&](const QString &point) {
        events.push_back({point, double(timer.nsecsElapsed()) / 1e6});
        return false; // a probe: never cuts the connection
    });
    timer.start();
    auto report = engine.sync(server, [&](const SyncProgress &p) {
        if (p.phase >= SyncProgress::Connecting && p.phase <= SyncProgress::Done && t.phaseStartMs[p.phase] < 0)
            t.phaseStartMs[p.phase] = double(timer.nsecsElapsed()) / 1e6;
    });
    t.totalMs = double(timer.nsecsElapsed()) / 1e6;
    if (!report)
        return report.error();
    t.report = report.value();
    size_t from = 0;
    for (size_t i = 0; i < events.size(); ++i) {
        if (events[i].point.startsWith(QLatin1String("before ")))
            ++t.statements;
        if (events[i].point == QLatin1String("after COPY")) {
            ++t.copies;
            from = i + 1;
        }
    }
    if (t.copies > 0) // past the COMMIT of the last push transaction
        while (from < events.size() && events[from].point != QLatin1String("after COMMIT"))
            ++from;
    for (size_t i = from; i < events.size(); ++i)
        if (events[i].point == QLatin1String("before BEGIN")) {
            t.pullStartMs = events[i].ms;
            break;
        }
    return t;
}

QList<Column> contactColumns(const Database &db)
{
    QList<Column> out;
    const Entity *e = db.registry()->entity(QStringLiteral("contact"));
    if (!e)
        return out;
    out << Column{QStringLiteral("id"), QStringLiteral("TEXT")};
    for (const Field &f : e->fields)
        if (!f.derived && f.name != QLatin1String("id"))
            out << Column{f.name, f.sqlType()};
    return out;
}

Result<RowSet> RowSet::read(const QString &file, const QString &table, const QStringList &columns)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(file.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        const QString error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        return Error::failure(QStringLiteral("%1: %2").arg(file, error));
    }
    QStringList quoted;
    for (const QString &c : columns)
        quoted << QLatin1Char('"') + c + QLatin1Char('"');
    const QByteArray sql = QStringLiteral("SELECT %1 FROM \"%2\" ORDER BY rid").arg(quoted.join(QStringLiteral(", ")), table).toUtf8();
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &st, nullptr) != SQLITE_OK) {
        const QString error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        return Error::failure(error);
    }
    RowSet set;
    set.columns = columns;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        set.m_rowStart.push_back(qint64(set.m_cells.size()));
        for (int c = 0; c < columns.size(); ++c) {
            const int type = sqlite3_column_type(st, c);
            if (type == SQLITE_NULL)
                continue;
            Cell cell{c, type, 0, 0.0, 0, 0};
            if (type == SQLITE_INTEGER) {
                cell.i = sqlite3_column_int64(st, c);
            } else if (type == SQLITE_FLOAT) {
                cell.d = sqlite3_column_double(st, c);
            } else {
                cell.type = SQLITE_TEXT; // blobs do not occur in contacts; kept as text bytes
                const char *text = reinterpret_cast<const char *>(sqlite3_column_text(st, c));
                cell.size = sqlite3_column_bytes(st, c);
                cell.offset = set.m_text.size();
                set.m_text.append(text, cell.size);
            }
            set.m_cells.push_back(cell);
        }
    }
    sqlite3_finalize(st);
    const QString error = rc == SQLITE_DONE ? QString() : QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_close(db);
    if (!error.isEmpty())
        return Error::failure(error);
    return set;
}

QByteArray RowSet::toCsv() const
{
    QByteArray out;
    out.reserve(m_text.size() + qsizetype(m_cells.size()) * 4 + qsizetype(m_rowStart.size()) * columns.size());
    const qint64 n = rows();
    for (qint64 r = 0; r < n; ++r) {
        qint64 cell = m_rowStart[size_t(r)];
        const qint64 end = r + 1 < n ? m_rowStart[size_t(r + 1)] : qint64(m_cells.size());
        for (int c = 0; c < columns.size(); ++c) {
            if (c > 0)
                out += ',';
            if (cell >= end || m_cells[size_t(cell)].column != c)
                continue; // NULL: unquoted empty field
            const Cell &v = m_cells[size_t(cell++)];
            if (v.type == SQLITE_INTEGER) {
                out += QByteArray::number(v.i);
            } else if (v.type == SQLITE_FLOAT) {
                out += QByteArray::number(v.d, 'g', 17);
            } else {
                out += '"';
                const char *p = m_text.constData() + v.offset;
                for (int i = 0; i < v.size; ++i) {
                    if (p[i] == '"')
                        out += '"';
                    out += p[i];
                }
                out += '"';
            }
        }
        out += '\n';
    }
    return out;
}

Result<double> RowSet::insertInto(sqlite3 *db, const QString &table) const
{
    QStringList quoted, marks;
    for (const QString &c : columns) {
        quoted << QLatin1Char('"') + c + QLatin1Char('"');
        marks << QStringLiteral("?");
    }
    const QByteArray sql = QStringLiteral("INSERT INTO \"%1\" (%2) VALUES (%3)")
                               .arg(table, quoted.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")))
                               .toUtf8();
    auto fail = [db](const char *what) {
        return Error::failure(QStringLiteral("%1: %2").arg(QLatin1String(what), QString::fromUtf8(sqlite3_errmsg(db))));
    };
    QElapsedTimer timer;
    timer.start();
    if (sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK)
        return fail("BEGIN");
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &st, nullptr) != SQLITE_OK)
        return fail("prepare");
    const qint64 n = rows();
    for (qint64 r = 0; r < n; ++r) {
        const qint64 end = r + 1 < n ? m_rowStart[size_t(r + 1)] : qint64(m_cells.size());
        for (qint64 i = m_rowStart[size_t(r)]; i < end; ++i) {
            const Cell &v = m_cells[size_t(i)];
            if (v.type == SQLITE_INTEGER)
                sqlite3_bind_int64(st, v.column + 1, v.i);
            else if (v.type == SQLITE_FLOAT)
                sqlite3_bind_double(st, v.column + 1, v.d);
            else
                sqlite3_bind_text(st, v.column + 1, m_text.constData() + v.offset, v.size, SQLITE_STATIC);
        }
        if (sqlite3_step(st) != SQLITE_DONE) {
            sqlite3_finalize(st);
            return fail("insert");
        }
        sqlite3_reset(st);
        sqlite3_clear_bindings(st);
    }
    sqlite3_finalize(st);
    if (sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
        return fail("COMMIT");
    return double(timer.nsecsElapsed()) / 1e6;
}

Result<double> psqlCopy(const test::PgTestServer &pg, const QString &database, const QString &table, const QString &csvFile)
{
    const QString psql = psqlProgram();
    if (psql.isEmpty())
        return Error::notFound(QStringLiteral("psql is not installed"));
    const ServerAddress a = pg.admin(database);
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), a.password);
    p.setProcessEnvironment(env);
    const QString conninfo = QStringLiteral("host=%1 port=%2 dbname=%3 user=%4 sslmode=disable").arg(a.host).arg(a.port).arg(a.database, a.user);
    QString path = csvFile;
    path.replace(QLatin1Char('\''), QStringLiteral("''"));
    const QString copy = QStringLiteral("\\copy %1 FROM '%2' WITH (FORMAT csv)").arg(PgConnection::quoteIdent(table), path);
    QElapsedTimer timer;
    timer.start();
    p.start(psql, {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                   QStringLiteral("-d"), conninfo, QStringLiteral("-c"), copy});
    if (!p.waitForFinished(30 * 60 * 1000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return Error::failure(QStringLiteral("psql \\copy failed: %1").arg(QString::fromLocal8Bit(p.readAllStandardError()).trimmed()));
    return double(timer.nsecsElapsed()) / 1e6;
}

namespace ServerProfile {

bool requested()
{
    return qEnvironmentVariableIntValue("TRATO_BENCH_SYNC_PROFILE") > 0;
}

Status enable(test::PgTestServer &pg)
{
    auto conn = PgConnection::connect(pg.admin(QStringLiteral("postgres")));
    if (!conn)
        return conn.error();
    for (const char *sql : {"ALTER SYSTEM SET log_min_duration_statement = 0", "ALTER SYSTEM SET log_line_prefix = '%m [%p] user=%u '",
                            "SELECT pg_reload_conf()"})
        if (Status s = conn.value()->run(QString::fromLatin1(sql)); !s)
            return s;
    return {};
}

qsizetype logSize(const test::PgTestServer &pg)
{
    return pg.log().size();
}

QString summarize(const test::PgTestServer &pg, qsizetype fromOffset, const QString &user)
{
    // "... user=bench_push LOG:  duration: 12.345 ms  execute <unnamed>: SELECT ..." (also "parse",
    // "bind" and "statement:" for the simple protocol).
    static const QRegularExpression line(QStringLiteral("user=(\\S+) LOG:  duration: ([0-9.]+) ms  (parse|bind|execute|statement)[^:]*: (.*)"));
    struct Group
    {
        double ms = 0;
        int count = 0;
    };
    QMap<QString, Group> groups;
    double total = 0;
    int statements = 0;
    const QStringList lines = pg.log().mid(fromOffset).split(QLatin1Char('\n'));
    for (const QString &text : lines) {
        const auto m = line.match(text);
        if (!m.hasMatch() || m.captured(1) != user)
            continue;
        const double ms = m.captured(2).toDouble();
        QString key = m.captured(4).simplified().left(40);
        if (m.captured(3) == QLatin1String("parse") || m.captured(3) == QLatin1String("bind"))
            key = m.captured(3) + QLatin1Char(' ') + key;
        Group &g = groups[key];
        g.ms += ms;
        ++g.count;
        total += ms;
        if (m.captured(3) == QLatin1String("execute") || m.captured(3) == QLatin1String("statement"))
            ++statements;
    }
    QList<QPair<QString, Group>> sorted;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it)
        sorted << qMakePair(it.key(), it.value());
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.second.ms > b.second.ms; });
    QStringList parts;
    for (int i = 0; i < sorted.size() && i < 6; ++i)
        parts << QStringLiteral("%1… %2 ms ×%3").arg(sorted[i].first).arg(qRound64(sorted[i].second.ms)).arg(sorted[i].second.count);
    return QStringLiteral("server %1 ms in %2 statements: %3").arg(qRound64(total)).arg(statements).arg(parts.join(QStringLiteral(", ")));
}

} // namespace ServerProfile

} // namespace trato::bench::syncbench

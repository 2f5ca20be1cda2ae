// SPDX-License-Identifier: GPL-3.0-or-later
// The pull's fast path: see syncfastapply.h and docs/SYNC.md, "Pull".
#include "syncfastapply.h"

#include "../metadata/registry.h"
#include "../metadata/value.h"
#include "../store/bulkwriter.h"
#include "../store/database.h"
#include "../store/schemabuilder.h"
#include "../store/sqlite.h"

#include <QJsonObject>

#include <sqlite3.h>

#include <atomic>
#include <charconv>
#include <cmath>

namespace trato {

using namespace SyncDetail;

void FastPullDeleter::operator()(FastPull *fast) const
{
    delete fast;
}

namespace SyncDetail {

namespace {

constexpr double kExact = 9007199254740992.0; // 2^53: ValueCodec's limit of exact integers

bool isSpace(char16_t c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

int hexDigit(char16_t c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool isDigit(const QChar *p, const QChar *end)
{
    return p < end && p->unicode() >= '0' && p->unicode() <= '9';
}

} // namespace

void FlatJsonReader::skipSpace()
{
    while (m_p < m_end && isSpace(m_p->unicode()))
        ++m_p;
}

bool FlatJsonReader::next()
{
    skipSpace();
    if (m_state == Done)
        return false;
    if (m_state == Start) {
        if (m_p == m_end || *m_p != QLatin1Char('{'))
            return fail();
        ++m_p;
        skipSpace();
        if (m_p < m_end && *m_p == QLatin1Char('}')) {
            ++m_p;
            m_state = Done;
            skipSpace();
            return m_p == m_end ? false : fail();
        }
    } else {
        if (m_p == m_end)
            return fail();
        if (*m_p == QLatin1Char('}')) {
            ++m_p;
            m_state = Done;
            skipSpace();
            return m_p == m_end ? false : fail();
        }
        if (*m_p != QLatin1Char(','))
            return fail();
        ++m_p;
        skipSpace();
    }
    if (m_p == m_end || *m_p != QLatin1Char('"'))
        return fail();
    if (!readString(&m_keyBuffer, &m_key))
        return fail();
    skipSpace();
    if (m_p == m_end || *m_p != QLatin1Char(':'))
        return fail();
    ++m_p;
    skipSpace();
    if (m_p == m_end)
        return fail();
    m_value.text = QString();
    switch (m_p->unicode()) {
    case '"': {
        QStringView view;
        QString decoded;
        if (!readString(&decoded, &view))
            return fail();
        m_value.kind = JsonScalar::String;
        // No escapes: the value points into the text, nothing is copied.
        m_value.text = view.data() == decoded.constData() ? decoded : QString::fromRawData(view.data(), view.size());
        break;
    }
    case 'n':
        if (!readWord(QLatin1String("null")))
            return fail();
        m_value.kind = JsonScalar::Null;
        break;
    case 't':
    case 'f': {
        const bool yes = m_p->unicode() == 't';
        if (!readWord(yes ? QLatin1String("true") : QLatin1String("false")))
            return fail();
        m_value.kind = JsonScalar::Integer;
        m_value.integer = yes ? 1 : 0;
        break;
    }
    default:
        if (!readNumber())
            return fail();
    }
    m_state = Member;
    return true;
}

bool FlatJsonReader::readWord(QLatin1String word)
{
    if (m_end - m_p < word.size())
        return false;
    for (qsizetype i = 0; i < word.size(); ++i)
        if (m_p[i].unicode() != char16_t(word.at(i).unicode()))
            return false;
    m_p += word.size();
    return true;
}

// At the opening quote. Without escapes *view is the string inside the text; with escapes it is
// decoded into *decoded and *view points at that.
bool FlatJsonReader::readString(QString *decoded, QStringView *view)
{
    ++m_p;
    const QChar *start = m_p;
    while (m_p < m_end) {
        const char16_t c = m_p->unicode();
        if (c == '"') {
            *view = QStringView(start, m_p - start);
            ++m_p;
            return true;
        }
        if (c == '\\')
            break;
        if (c < 0x20)
            return false;
        ++m_p;
    }
    if (m_p == m_end)
        return false;
    decoded->clear();
    decoded->append(start, m_p - start);
    while (m_p < m_end) {
        const char16_t c = m_p->unicode();
        if (c == '"') {
            ++m_p;
            // A surrogate escaped alone: SQLite and QStringEncoder would encode it differently.
            for (qsizetype i = 0, n = decoded->size(); i < n; ++i) {
                const QChar u = decoded->at(i);
                if (u.isHighSurrogate() && i + 1 < n && decoded->at(i + 1).isLowSurrogate())
                    ++i;
                else if (u.isSurrogate())
                    return false;
            }
            *view = QStringView(*decoded);
            return true;
        }
        if (c < 0x20)
            return false;
        if (c != '\\') {
            decoded->append(*m_p++);
            continue;
        }
        if (++m_p == m_end)
            return false;
        switch (m_p->unicode()) {
        case '"': decoded->append(QLatin1Char('"')); break;
        case '\\': decoded->append(QLatin1Char('\\')); break;
        case '/': decoded->append(QLatin1Char('/')); break;
        case 'b': decoded->append(QChar(0x08)); break;
        case 'f': decoded->append(QChar(0x0c)); break;
        case 'n': decoded->append(QLatin1Char('\n')); break;
        case 'r': decoded->append(QLatin1Char('\r')); break;
        case 't': decoded->append(QLatin1Char('\t')); break;
        case 'u': {
            // One UTF-16 code unit: a surrogate pair is two escapes in a row.
            if (m_end - m_p < 5)
                return false;
            int code = 0;
            for (int i = 1; i <= 4; ++i) {
                const int d = hexDigit(m_p[i].unicode());
                if (d < 0)
                    return false;
                code = code * 16 + d;
            }
            decoded->append(QChar(char16_t(code)));
            m_p += 4;
            break;
        }
        default:
            return false;
        }
        ++m_p;
    }
    return false;
}

// JSON's grammar exactly: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
bool FlatJsonReader::readNumber()
{
    const QChar *start = m_p;
    if (*m_p == QLatin1Char('-'))
        ++m_p;
    if (!isDigit(m_p, m_end))
        return false;
    if (*m_p == QLatin1Char('0'))
        ++m_p;
    else
        while (isDigit(m_p, m_end))
            ++m_p;
    const qsizetype intDigits = m_p - start - (*start == QLatin1Char('-') ? 1 : 0);
    bool plain = true;
    if (m_p < m_end && *m_p == QLatin1Char('.')) {
        plain = false;
        ++m_p;
        if (!isDigit(m_p, m_end))
            return false;
        while (isDigit(m_p, m_end))
            ++m_p;
    }
    if (m_p < m_end && (*m_p == QLatin1Char('e') || *m_p == QLatin1Char('E'))) {
        plain = false;
        ++m_p;
        if (m_p < m_end && (*m_p == QLatin1Char('+') || *m_p == QLatin1Char('-')))
            ++m_p;
        if (!isDigit(m_p, m_end))
            return false;
        while (isDigit(m_p, m_end))
            ++m_p;
    }
    if (plain && intDigits <= 15) {
        // Below 10^15 < 2^53: exact as an integer, as the double QJsonDocument makes of it.
        qint64 v = 0;
        for (const QChar *d = *start == QLatin1Char('-') ? start + 1 : start; d < m_p; ++d)
            v = v * 10 + (d->unicode() - '0');
        m_value.kind = JsonScalar::Integer;
        m_value.integer = *start == QLatin1Char('-') ? -v : v;
        return true;
    }
    char buffer[64];
    const qsizetype n = m_p - start;
    if (n >= qsizetype(sizeof buffer))
        return false;
    for (qsizetype i = 0; i < n; ++i)
        buffer[i] = char(start[i].unicode());
    double d = 0;
    const auto [end, error] = std::from_chars(buffer, buffer + n, d);
    if (error != std::errc() || end != buffer + n || !std::isfinite(d))
        return false;
    // ValueCodec::fromJson: integral and exact -> integer, else real.
    if (d > -kExact && d < kExact && d == std::trunc(d)) {
        m_value.kind = JsonScalar::Integer;
        m_value.integer = qint64(d);
    } else {
        m_value.kind = JsonScalar::Real;
        m_value.real = d;
    }
    return true;
}

QString maxClockOf(const QJsonObject &clocks)
{
    QString max;
    for (auto it = clocks.constBegin(); it != clocks.constEnd(); ++it)
        if (it.value().toString() > max)
            max = it.value().toString();
    return max;
}

QString authorOf(const QJsonObject &clocks, const QJsonObject &authors)
{
    QString author = authors.value(QStringLiteral("*")).toString();
    QString authorClock;
    for (auto it = clocks.constBegin(); it != clocks.constEnd(); ++it)
        if (it.value().toString() >= authorClock && authors.contains(it.key())) {
            authorClock = it.value().toString();
            author = authors.value(it.key()).toString();
        }
    return author;
}

FastPlans::FastPlans(const Registry &registry)
{
    for (const Entity *e : registry.entities()) {
        if (!isSynced(e))
            continue;
        // BulkInsert adds a sort key after any column that has one: never id or updated_at.
        const Field *id = e->field(QStringLiteral("id")), *updated = e->field(QStringLiteral("updated_at"));
        if ((id && SchemaBuilder::hasSortKey(*id)) || (updated && SchemaBuilder::hasSortKey(*updated)))
            continue;
        FastPlan plan;
        plan.entity = e->name;
        plan.entityUtf8 = e->name.toUtf8();
        plan.fields = travellingFields(*e);
        for (int i = 0; i < plan.fields.size(); ++i) {
            plan.index.insert(plan.fields.at(i), i);
            const Field *f = e->field(plan.fields.at(i));
            plan.sortKey.push_back(f && SchemaBuilder::hasSortKey(*f));
        }
        m_index.insert(plan.entity, int(m_plans.size()));
        m_plans.push_back(std::move(plan));
    }
}

const FastPlan *FastPlans::plan(const QString &entity) const
{
    const int i = m_index.value(entity, -1);
    return i < 0 ? nullptr : &m_plans[size_t(i)];
}

bool FastPlans::current(const FastPlan &plan, const Entity &e)
{
    if (travellingFields(e) != plan.fields)
        return false;
    for (int i = 0; i < plan.fields.size(); ++i) {
        const Field *f = e.field(plan.fields.at(i));
        if ((f && SchemaBuilder::hasSortKey(*f)) != plan.sortKey[size_t(i)])
            return false;
    }
    return true;
}

bool FastEncoder::encode(const RemoteRecord &r, FastRow *row)
{
    row->plan = nullptr;
    const FastPlan *plan = m_plans ? m_plans->plan(r.entity) : nullptr;
    if (!plan || r.purged)
        return false;
    const size_t n = size_t(plan->fields.size());
    m_values.resize(n);
    row->present.fill('0', qsizetype(n));
    {
        FlatJsonReader data(r.data);
        while (data.next()) {
            const QStringView key = data.key();
            const int i = plan->index.value(QString::fromRawData(key.data(), key.size()), -1);
            if (i < 0)
                continue; // not a field that travels (or one this Trato does not know): applyOne skips it too
            if (row->present.at(i) == '1')
                return false; // a key twice: QJsonDocument keeps the last one, leave it to applyOne
            const JsonScalar &v = data.value();
            // A sort key is made from the value's text: only for text (and NULL) here.
            if (plan->sortKey[size_t(i)] && v.kind != JsonScalar::String && v.kind != JsonScalar::Null)
                return false;
            row->present[i] = '1';
            m_values[size_t(i)] = v;
        }
        if (data.failed())
            return false;
    }
    // Clocks: their maximum, "*" included. A value that is not a string: applyOne.
    QString max;
    bool anyClock = false;
    {
        FlatJsonReader clocks(r.clocks);
        while (clocks.next()) {
            if (clocks.value().kind != JsonScalar::String)
                return false;
            if (!anyClock || clocks.value().text > max)
                max = clocks.value().text;
            anyClock = true;
        }
        if (clocks.failed())
            return false;
    }
    if (!anyClock)
        return false; // no clock at all: applyOne's business
    // Deep copies (the texts are views on the record), shared by the rows that have the same.
    if (m_lastClock != max)
        m_lastClock = QString(max.constData(), max.size());
    row->maxClock = m_lastClock;
    // The author: the creator when the record has only one ("*"), else the one-by-one rule.
    {
        FlatJsonReader authors(r.authors);
        bool lone = false;
        QString author;
        while (authors.next()) {
            lone = !lone && authors.key() == QLatin1String("*") && authors.value().kind == JsonScalar::String
                && !authors.value().text.isEmpty();
            if (!lone)
                break;
            author = authors.value().text;
        }
        if (lone && !authors.failed()) {
            if (m_lastAuthor != author)
                m_lastAuthor = QString(author.constData(), author.size());
            row->author = m_lastAuthor;
        } else {
            row->author = authorOf(parseObject(r.clocks), parseObject(r.authors));
        }
    }
    // The record's time of change is its latest clock's, the same on every copy.
    const qint64 ms = msOf(row->maxClock);
    if (ms != m_isoMs) {
        m_isoMs = ms;
        m_iso = isoFromMs(ms);
    }
    // The values in BulkInsert's order: id, the fields present, updated_at, then the sort keys.
    BulkRow &values = row->values;
    values.clear();
    values.addText(r.id);
    m_keys.clear();
    for (size_t i = 0; i < n; ++i) {
        if (row->present.at(qsizetype(i)) != '1')
            continue;
        const JsonScalar &v = m_values[i];
        switch (v.kind) {
        case JsonScalar::Null: values.addNull(); break;
        case JsonScalar::Integer: values.addInteger(v.integer); break;
        case JsonScalar::Real: values.addReal(v.real); break;
        case JsonScalar::String: values.addText(v.text); break;
        }
        if (plan->sortKey[i])
            m_keys.push_back({v.kind != JsonScalar::String, v.kind == JsonScalar::String ? Value::sortKey(v.text) : QString()});
    }
    values.addText(m_iso);
    for (const SortKey &key : m_keys)
        if (key.null)
            values.addNull();
        else
            values.addText(key.text);
    row->id = r.id.toUtf8();
    row->clocks = r.clocks.toUtf8();
    row->plan = plan;
    return true;
}

} // namespace SyncDetail

namespace {

std::atomic<bool> g_fastPullEnabled{true};
std::atomic<qint64> g_fastPullInserted{0};

} // namespace

FastPull::FastPull(Database &db)
    : m_db(db)
    , m_handle(Sql::handle(db.connection()))
{
}

FastPull::~FastPull()
{
    m_inserts.clear();
    for (sqlite3_stmt *s : std::as_const(m_statements))
        sqlite3_finalize(s);
}

void FastPull::setEnabled(bool enabled)
{
    g_fastPullEnabled = enabled;
}

bool FastPull::enabled()
{
    return g_fastPullEnabled;
}

qint64 FastPull::insertedCount()
{
    return g_fastPullInserted;
}

Error FastPull::sqliteError(const QString &what) const
{
    return Error::failure(QStringLiteral("%1 (%2)").arg(QString::fromUtf8(sqlite3_errmsg(m_handle)), what));
}

Result<sqlite3_stmt *> FastPull::prepare(const QString &sql)
{
    auto it = m_statements.constFind(sql);
    if (it != m_statements.constEnd())
        return it.value();
    if (!m_handle)
        return Error::failure(QStringLiteral("no SQLite connection"));
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_handle, sql.toUtf8().constData(), -1, &stmt, nullptr) != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return sqliteError(sql);
    }
    m_statements.insert(sql, stmt);
    return stmt;
}

std::shared_ptr<const FastPlans> FastPull::plans()
{
    if (!m_plans)
        m_plans = std::make_shared<const FastPlans>(*m_db.registry());
    return m_plans;
}

void FastPull::beginPage()
{
    m_paused.clear(); // a page that failed rolled its triggers back itself
    m_usable.clear();
}

bool FastPull::usable(const FastRow &row)
{
    if (!row.plan)
        return false;
    auto it = m_usable.constFind(row.plan);
    if (it != m_usable.constEnd())
        return it.value();
    const Entity *e = m_db.registry()->entity(row.plan->entity);
    const bool ok = e && FastPlans::current(*row.plan, *e);
    m_usable.insert(row.plan, ok);
    return ok;
}

Result<bool> FastPull::insertIfNew(const FastRow &row)
{
    const FastPlan &plan = *row.plan;
    auto exists = prepare(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?1").arg(Sql::ident(plan.entity)));
    if (!exists)
        return exists.error();
    if (!m_insertRecord) {
        // OR IGNORE: an entry already there says the record is known, without a lookup first.
        auto s = prepare(QStringLiteral("INSERT OR IGNORE INTO sync_record (entity, id, clocks) VALUES (?1, ?2, ?3)"));
        if (!s)
            return s.error();
        m_insertRecord = s.value();
    }
    std::unique_ptr<BulkInsert> &insert = m_inserts[{row.plan, row.present}];
    if (!insert) {
        // The columns applyOne writes for a new record: id, each field it carries (BulkInsert adds
        // their sort keys), updated_at.
        const Entity *e = m_db.registry()->entity(plan.entity);
        if (!e)
            return false;
        QStringList columns{QStringLiteral("id")};
        for (int i = 0; i < plan.fields.size(); ++i)
            if (row.present.at(i) == '1')
                columns << plan.fields.at(i);
        columns << QStringLiteral("updated_at");
        insert = std::make_unique<BulkInsert>(m_handle, *e, columns);
        if (!insert->error().isEmpty()) {
            const QString error = insert->error();
            insert.reset();
            return Error::failure(error);
        }
    }
    sqlite3_stmt *q = exists.value();
    sqlite3_bind_text(q, 1, row.id.constData(), int(row.id.size()), SQLITE_STATIC);
    int rc = sqlite3_step(q);
    sqlite3_reset(q);
    if (rc == SQLITE_ROW)
        return false;
    if (rc != SQLITE_DONE)
        return sqliteError(QString::fromUtf8(sqlite3_sql(q)));
    // The clocks as received are the base of the next local edit.
    sqlite3_bind_text(m_insertRecord, 1, plan.entityUtf8.constData(), int(plan.entityUtf8.size()), SQLITE_STATIC);
    sqlite3_bind_text(m_insertRecord, 2, row.id.constData(), int(row.id.size()), SQLITE_STATIC);
    sqlite3_bind_text(m_insertRecord, 3, row.clocks.constData(), int(row.clocks.size()), SQLITE_STATIC);
    rc = sqlite3_step(m_insertRecord);
    sqlite3_reset(m_insertRecord);
    if (rc != SQLITE_DONE)
        return sqliteError(QStringLiteral("sync_record"));
    if (sqlite3_changes(m_handle) == 0)
        return false;
    if (!insert->insert(row.values))
        return Error::failure(QStringLiteral("%1 (INSERT INTO %2)").arg(insert->error(), plan.entity));
    ++g_fastPullInserted;
    return true;
}

Status FastPull::pauseInsertTriggers(const QString &entity)
{
    const Entity *e = m_db.registry()->entity(entity);
    if (!e)
        return {};
    QStringList names{entity + QStringLiteral("__log_insert"), entity + QStringLiteral("__fts_insert")};
    // A sort-key field with a default: a record without the field gets the default and its key
    // from the trigger, as applyOne's would.
    for (const Field &f : e->fields)
        if (SchemaBuilder::hasSortKey(f) && f.defaultValue.isEmpty())
            names << entity + QStringLiteral("__sortkey_insert_") + f.name;
    m_paused.push_back(std::make_unique<TriggerPause>(m_db.connection(), names));
    return m_paused.back()->status();
}

Status FastPull::resumeTriggers()
{
    for (auto &p : m_paused)
        if (Status s = p->resume(); !s)
            return s;
    m_paused.clear();
    return {};
}

} // namespace trato

// SPDX-License-Identifier: GPL-3.0-or-later
#include "importer.h"

#include "../store/bulkwriter.h"
#include "headermapping.h"
#include "importmatcher.h"
#include "importsource.h"
#include "rowfeed.h"
#include "vcardreader.h"
#include "../dedupe/duplicatefinder.h"
#include "../dedupe/matchkeys.h"
#include "../metadata/registry.h"
#include "../metadata/value.h"
#include "../store/database.h"
#include "../store/recordstore.h"
#include "../store/schemabuilder.h"
#include "../store/sqlite.h"
#include "../store/transaction.h"
#include "../util/uuid7.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <sqlite3.h>

#include <condition_variable>
#include <ctime>
#include <deque>
#include <functional>
#include <limits>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace trato {

using importdetail::PreparedRow;
using importdetail::RowFeed;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("trato::Importer", text);
}

QString sameValueText(const QVariant &v)
{
    return v.isNull() ? QString() : v.toString();
}

} // namespace

QString importFormatName(ImportFormat format)
{
    return format == ImportFormat::VCard ? QStringLiteral("vcard") : QStringLiteral("csv");
}

QString duplicatePolicyName(DuplicatePolicy policy)
{
    switch (policy) {
    case DuplicatePolicy::Update: return QStringLiteral("update");
    case DuplicatePolicy::Create: return QStringLiteral("create");
    case DuplicatePolicy::Skip: break;
    }
    return QStringLiteral("skip");
}

bool duplicatePolicyFromName(const QString &name, DuplicatePolicy *out)
{
    for (const auto p : {DuplicatePolicy::Skip, DuplicatePolicy::Update, DuplicatePolicy::Create}) {
        if (duplicatePolicyName(p) == name) {
            *out = p;
            return true;
        }
    }
    return false;
}

QString ImportIssue::text() const
{
    // Explicit context: lupdate files tr() inside ImportIssue:: under ImportIssue, not the helper's.
    QString where = column > 0
        ? QCoreApplication::translate("trato::Importer", "%1: line %2, column %3 \"%4\"").arg(file).arg(line).arg(column).arg(header)
        : QCoreApplication::translate("trato::Importer", "%1: line %2").arg(file).arg(line);
    if (!field.isEmpty())
        where += QStringLiteral(" (%1)").arg(field);
    return where + QStringLiteral(": ") + message;
}

Importer::Importer(Database &db)
    : m_db(db)
{
}

Result<ImportFileInfo> Importer::inspect(const QString &path, ImportFormat format, const CsvReaderOptions &csv, int samples)
{
    auto src = ImportSource::open(path, format, csv);
    if (!src)
        return src.error();
    ImportSource &s = *src.value();
    ImportFileInfo info;
    info.format = s.format();
    info.encoding = s.encoding();
    info.delimiter = s.delimiter();
    info.headers = s.headers();
    QStringList cells;
    qint64 line = 0;
    while (info.samples.size() < samples && s.next(&cells, &line))
        info.samples << cells;
    if (!s.status())
        return s.status().error();
    return info;
}

QStringList Importer::suggestMapping(const QString &entityName, const QStringList &headers, ImportFormat format, bool *remembered)
{
    if (remembered)
        *remembered = false;
    const Entity *entity = m_db.registry()->entity(entityName);
    if (!entity)
        return QStringList(headers.size(), QString());
    if (format == ImportFormat::VCard)
        return ImportSource::vcardMapping(*entity);
    return HeaderMapping::suggest(m_db, *entity, headers, remembered);
}

Result<ImportSummary> Importer::preview(ImportOptions options, int rows)
{
    options.dryRun = true;
    options.maxRows = rows;
    options.collectRows = rows;
    options.partial = true; // every row is judged on its own
    options.rememberMapping = false;
    // A hundred rows: record by record, with DuplicateFinder's indexed lookups, rather than the bulk
    // path's index rebuilds and whole-table duplicate scan.
    options.bulkFromBytes = std::numeric_limits<qint64>::max();
    return run(options);
}

Result<ImportSummary> Importer::run(const ImportOptions &o)
{
    const Entity *entity = m_db.registry()->entity(o.entity);
    if (!entity)
        return Error::badInput(tr("Unknown entity \"%1\". Known entities: %2.")
                                   .arg(o.entity, m_db.registry()->entityNames().join(QStringLiteral(", "))));
    auto opened = ImportSource::open(o.path, o.format, o.csv);
    if (!opened)
        return opened.error();
    ImportSource &src = *opened.value();
    const QString file = src.fileName();
    const QStringList headers = src.headers();

    ImportSummary summary;
    summary.format = importFormatName(src.format());
    summary.encoding = src.encoding();
    summary.delimiter = src.delimiter();
    summary.headers = headers;
    summary.dryRun = o.dryRun;

    // --- the mapping: given, remembered or recognized; then --map overrides; then checked.
    QStringList mapping = o.mapping.isEmpty() ? suggestMapping(o.entity, headers, src.format()) : o.mapping;
    while (mapping.size() < headers.size())
        mapping << QString();
    mapping = mapping.mid(0, headers.size());
    for (auto it = o.overrides.begin(); it != o.overrides.end(); ++it) {
        int col = int(headers.indexOf(it.key()));
        for (int i = 0; col < 0 && i < headers.size(); ++i)
            if (HeaderMapping::normalize(headers.at(i)) == HeaderMapping::normalize(it.key()))
                col = i;
        if (col < 0)
            return Error::badInput(tr("%1 has no column \"%2\"; its columns are: %3").arg(file, it.key(), headers.join(QStringLiteral(", "))));
        mapping[col] = it.value() == QLatin1String("-") ? QString() : it.value();
    }
    const auto importable = HeaderMapping::importableFields(*entity);
    QHash<QString, int> columnOf;
    for (int i = 0; i < mapping.size(); ++i) {
        if (mapping.at(i).isEmpty())
            continue;
        const Field *f = entity->field(mapping.at(i));
        if (!f || !importable.contains(f)) {
            QStringList names;
            for (const Field *x : importable)
                names << x->name;
            return Error::badInput(tr("%1 has no field \"%2\" that can be imported (column \"%3\"). Fields: %4.")
                                       .arg(entity->name, mapping.at(i), headers.at(i), names.join(QStringLiteral(", "))));
        }
        if (columnOf.contains(f->name))
            return Error::badInput(tr("Columns \"%1\" and \"%2\" both go to %3; map one of them elsewhere or ignore it.")
                                       .arg(headers.at(columnOf.value(f->name)), headers.at(i), f->name));
        columnOf.insert(f->name, i);
    }
    if (columnOf.isEmpty())
        return Error::badInput(tr("No column of %1 matches a field of %2 (columns: %3). Map them with --map HEADER=FIELD.")
                                   .arg(file, entity->name, headers.join(QStringLiteral(", "))));
    for (const auto &f : entity->fields) {
        if (f.required && f.defaultValue.isEmpty() && !f.system && !columnOf.contains(f.name))
            return Error::badInput(tr("No column of %1 goes to %2 (%3), which is required. Map one with --map HEADER=%3.")
                                       .arg(file, f.displayLabel(), f.name));
    }
    summary.mapping = mapping;

    QLocale locale = o.locale ? *o.locale
                              : (src.delimiter() == QLatin1Char(';') ? QLocale(QLocale::Spanish, QLocale::Spain) : QLocale());

    // --- one transaction for everything; bulk for big files.
    const bool bulk = src.size() >= o.bulkFromBytes;
    summary.bulk = bulk;
    Transaction tx(m_db, bulk ? Transaction::Bulk : Transaction::Normal);
    if (!tx.isActive())
        return tx.error();
    QSqlDatabase conn = tx.connection();
    RecordStore store(m_db);
    const QString batchId = Uuid7::create();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    {
        auto r = Sql::exec(conn, QStringLiteral("INSERT INTO import_batch (id, entity, file, format, at, user, policy, partial, hlc) "
                                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                           {batchId, entity->name, file, summary.format, now, m_db.user(), duplicatePolicyName(o.onDuplicate),
                            o.partial ? 1 : 0, tx.stamp().toString()});
        if (!r)
            return r.error();
    }
    // Where each entity's new records start: all rids from there on are this import's.
    QHash<QString, qint64> firstRid;
    auto noteFirstRid = [&](const QString &name) -> Status {
        if (firstRid.contains(name))
            return {};
        auto r = Sql::exec(conn, QStringLiteral("SELECT coalesce(max(rid), 0) + 1 FROM %1").arg(Sql::ident(name)));
        if (!r)
            return r.error();
        firstRid.insert(name, r.value().next() ? r.value().value(0).toLongLong() : 1);
        return {};
    };
    if (const Status s = noteFirstRid(entity->name); !s)
        return s.error();
    const qint64 mainFirst = firstRid.value(entity->name);

    std::unique_ptr<IndexPause> pause;
    std::unique_ptr<TriggerPause> triggerPause;
    std::unique_ptr<BulkInsert> inserter;
    QStringList insertFields; // mapped fields in a fixed order
    for (const auto &f : entity->fields)
        if (columnOf.contains(f.name))
            insertFields << f.name;
    sqlite3 *handle = Sql::handle(conn);
    std::unique_ptr<BulkCache> cache;
    if (bulk) {
        cache = std::make_unique<BulkCache>(conn);
        pause = std::make_unique<IndexPause>(conn, *entity);
        QStringList cols = {QStringLiteral("id"), QStringLiteral("owner"), QStringLiteral("created_at"),
                            QStringLiteral("updated_at"), QStringLiteral("created_by")};
        cols += insertFields;
        QStringList triggers = {entity->name + QStringLiteral("__log_insert"), entity->name + QStringLiteral("__fts_insert")};
        for (const auto &c : std::as_const(cols)) {
            const Field *f = entity->field(c);
            if (f && SchemaBuilder::hasSortKey(*f))
                triggers << entity->name + QStringLiteral("__sortkey_insert_") + c;
        }
        triggerPause = std::make_unique<TriggerPause>(conn, triggers);
        if (!triggerPause->status())
            return triggerPause->status().error();
        inserter = std::make_unique<BulkInsert>(handle, *entity, cols);
        if (!inserter->error().isEmpty())
            return Error::failure(inserter->error());
    }

    // Duplicates among existing records: a small import asks DuplicateFinder row by row (indexed
    // lookups, about half a millisecond each); a big one reads the same keys of the whole table into
    // ImportMatcher once. Rows created earlier in the file are always found through ImportMatcher.
    const QString region = o.phoneRegion.isEmpty() ? MatchKeys::systemRegion() : o.phoneRegion;
    ImportMatcher matcher(*entity, region);
    const bool matching = o.onDuplicate != DuplicatePolicy::Create;
    std::optional<DuplicateFinder> finder;
    if (matching && mainFirst > 1) {
        if (bulk) {
            const Status s = matcher.loadExisting(m_db);
            if (!s)
                return s.error();
        } else {
            finder.emplace(m_db, region);
        }
    }

    QList<const Field *> columnField; // per column of the file, null when ignored
    for (const auto &name : std::as_const(mapping))
        columnField << (name.isEmpty() ? nullptr : entity->field(name));
    QList<const Field *> checkedFields; // required, or required when another field has some value
    for (const auto &f : entity->fields)
        if (!f.system && ((f.required && f.defaultValue.isEmpty()) || !f.requiredIf.isEmpty()))
            checkedFields << &f;
    QHash<QString, QString> relationCache; // field \x1f text -> id
    struct Deferred
    {
        QString id;
        QVariantMap values;
        qint64 line;
    };
    QList<Deferred> deferred; // bulk: updates of records this import created, applied after the FTS fill
    bool writing = true;
    qint64 rowsSeen = 0;
    QStringList cells;
    qint64 line = 0;
    const QString user = m_db.user();

    auto addIssue = [&](qint64 ln, int col, const QString &field, const QString &message) {
        if (summary.issues.size() < ImportSummary::kMaxIssues)
            summary.issues << ImportIssue{file, ln, col + 1, col >= 0 ? headers.value(col) : QString(), field, message};
    };
    auto collect = [&](const QStringList &c, ImportRow::Action a, const QString &message) {
        if (summary.preview.size() < o.collectRows)
            summary.preview << ImportRow{line, c, a, message};
    };
    auto idOfRid = [&](qint64 rid) -> QString {
        auto r = Sql::exec(conn, QStringLiteral("SELECT id FROM %1 WHERE rid = ?").arg(Sql::ident(entity->name)), {rid});
        return r && r.value().next() ? r.value().value(0).toString() : QString();
    };

    QElapsedTimer loadTimer;
    loadTimer.start();
    const std::clock_t loadCpu = std::clock();
    // Reading and parsing (PreparedRow) may run on a second thread: it touches no database and no
    // state of this function but what it is given here.
    bool relationMapped = false;
    for (const Field *f : std::as_const(columnField))
        relationMapped = relationMapped || (f && f->type == FieldType::Relation);
    const int headerCount = int(headers.size());
    // The bulk INSERT's values: id (set when inserting), owner, timestamps, creator, then the fields.
    using Values = std::function<QVariant(const QString &field)>;
    auto inMap = [](const QVariantMap &map) { return [&map](const QString &field) { return map.value(field); }; };
    auto insertRow = [&](const Values &value, QVariantList *out) {
        QVariantList &row = *out;
        row.clear(); // keeps its capacity
        row.reserve(5 + insertFields.size());
        row << QVariant() << (entity->ownerOptional ? QVariant() : QVariant(user)) << now << now << user;
        for (const auto &name : std::as_const(insertFields)) {
            QVariant v = value(name);
            if (v.isNull()) {
                const Field *f = entity->field(name);
                row << (f->defaultValue.isEmpty() ? QVariant() : QVariant(f->defaultValue));
            } else {
                row << std::move(v);
            }
        }
    };
    // Required fields, and those required when another field has some value.
    auto checkRequired = [&](const Values &value, const QStringList &rowCells, QList<PreparedRow::Problem> *problems) {
        for (const Field *fp : std::as_const(checkedFields)) {
            const Field &f = *fp;
            const QVariant v = value(f.name);
            const bool empty = v.isNull() || v.toString().trimmed().isEmpty();
            if (!empty)
                continue;
            // A value that was there but did not parse has its own message already.
            if (columnOf.contains(f.name) && !rowCells.value(columnOf.value(f.name)).trimmed().isEmpty())
                continue;
            if (f.required && f.defaultValue.isEmpty()) {
                const int col = columnOf.value(f.name, -1);
                *problems << PreparedRow::Problem{col, col, f.name, tr("%1 (%2) is required.").arg(f.displayLabel(), f.name)};
            } else if (!f.requiredIf.isEmpty() && value(f.requiredIf).toString() == f.requiredIfValue) {
                const Field *cond = entity->field(f.requiredIf);
                const int col = columnOf.value(f.name, -1);
                *problems << PreparedRow::Problem{col, col, f.name,
                                                  tr("%1 (%2) is required when %3 is %4.").arg(f.displayLabel(), f.name, cond->displayLabel(),
                                                                                                cond->optionLabel(f.requiredIfValue))};
            }
        }
    };
    const bool keepCells = o.collectRows > 0 || !bulk || relationMapped; // else only bad rows keep theirs
    QVariantList scratch; // the reading thread's
    auto prepare = [&, locale](const QStringList &rowCells, PreparedRow *row) {
        // Rows with nothing in them (spreadsheets export trailing ";;;;") are not records.
        bool blank = true;
        for (const auto &c : rowCells)
            blank = blank && c.trimmed().isEmpty();
        if (blank)
            return false;
        if (row->byColumn.size() != columnField.size()) {
            row->byColumn.resize(columnField.size());
            row->present.assign(size_t(columnField.size()), char(0));
        }
        // Cells past the header's count must be empty.
        for (int i = headerCount; i < rowCells.size(); ++i) {
            if (!rowCells.at(i).trimmed().isEmpty()) {
                row->problems << PreparedRow::Problem{-1, i, QString(),
                                                      tr("this row has %1 fields but the header has %2").arg(rowCells.size()).arg(headerCount)};
                break;
            }
        }
        for (int i = 0; i < columnField.size(); ++i) {
            const Field *f = columnField.at(i);
            if (!f || i >= rowCells.size())
                continue;
            const QString text = rowCells.at(i).trimmed();
            if (text.isEmpty())
                continue;
            auto v = Value::parse(*f, text, locale);
            if (!v) {
                row->problems << PreparedRow::Problem{i, i, f->name, v.error().message};
                continue;
            }
            row->byColumn[i] = v.value();
            row->present[size_t(i)] = 1;
        }
        if (!relationMapped) { // nothing here needs the database: done on this side
            const Values value = [row, &columnOf](const QString &field) {
                const int col = columnOf.value(field, -1);
                return col < 0 ? QVariant() : row->byColumn.at(col);
            };
            checkRequired(value, rowCells, &row->problems);
            row->checked = true;
            if (row->problems.isEmpty()) {
                if (matching) {
                    row->keys = matcher.keys(value);
                    row->keysReady = true;
                }
                if (bulk) {
                    insertRow(value, &scratch);
                    scratch[0] = Uuid7::create(); // thread-safe, and in row order: this thread reads them all
                    inserter->encode(scratch, &row->insertRow);
                }
            }
        }
        return true;
    };
    RowFeed feed(src, o.maxRows, prepare, bulk, keepCells);
    while (PreparedRow *next = feed.next()) {
        PreparedRow &prepared = *next;
        line = prepared.line;
        cells = prepared.cells;
        ++rowsSeen;
        if (o.progress && rowsSeen % 1000 == 0 && !o.progress(prepared.bytesRead, src.size(), rowsSeen))
            return Error::badInput(tr("The import was cancelled; nothing was written."));
        bool bad = false;
        QString firstMessage;
        auto rowIssue = [&](int col, const QString &field, const QString &message) {
            if (!bad)
                firstMessage = message;
            bad = true;
            addIssue(line, col, field, message);
        };
        // The row's values by field, for the paths that need them (relations, record by record,
        // duplicates to update); a prepared bulk row goes straight to the INSERT.
        QVariantMap values;
        auto valuesByField = [&]() {
            QVariantMap map;
            for (int i = 0; i < columnField.size(); ++i)
                if (columnField.at(i) && prepared.present[size_t(i)])
                    map.insert(columnField.at(i)->name, prepared.byColumn.at(i));
            return map;
        };
        const bool preparedInsert = !prepared.insertRow.isEmpty();
        if (!preparedInsert)
            values = valuesByField();
        // Relations (by id or name, maybe creating the target) need the database: resolved here, their
        // messages in column order among the others.
        QList<PreparedRow::Problem> &problems = prepared.problems;
        for (int i = 0; relationMapped && i < columnField.size(); ++i) {
            const Field *fp = columnField.at(i);
            if (!fp || fp->type != FieldType::Relation || !values.contains(fp->name))
                continue;
            const Field &f = *fp;
            const QString text = values.value(f.name).toString();
            const QString key = f.name + QLatin1Char('\x1f') + text;
            auto cached = relationCache.constFind(key);
            if (cached != relationCache.constEnd()) {
                if (!cached.value().isEmpty()) // empty: a preview's "will be created"; the text stays
                    values.insert(f.name, cached.value());
                continue;
            }
            auto id = store.resolveRelation(f, text);
            if (!id && o.createMissingRelations && id.error().kind == Error::BadInput) {
                const Entity *target = m_db.registry()->entity(f.relationTarget);
                if (target && target->titleFields.size() == 1) {
                    if (!writing) {
                        // A preview or dry run: the record would be created, so the row is fine.
                        ++summary.relatedCreated;
                        relationCache.insert(key, QString());
                        continue;
                    }
                    if (const Status s = noteFirstRid(target->name); !s)
                        return s.error();
                    id = store.create(target->name, {{target->titleFields.first(), text}});
                    if (id)
                        ++summary.relatedCreated;
                }
            }
            if (!id) {
                values.remove(f.name);
                qsizetype at = 0;
                while (at < problems.size() && problems.at(at).order < i)
                    ++at;
                problems.insert(at, PreparedRow::Problem{i, i, f.name, id.error().message});
                continue;
            }
            relationCache.insert(key, id.value());
            values.insert(f.name, id.value());
        }
        if (!prepared.checked)
            checkRequired(inMap(values), cells, &problems);
        for (const auto &p : std::as_const(problems))
            rowIssue(p.column, p.field, p.message);
        if (bad) {
            ++summary.failed;
            collect(cells, ImportRow::Error, firstMessage);
            if (!o.partial)
                writing = false;
            continue;
        }
        if (!writing)
            continue;

        // --- duplicates
        QList<quint64> keys;
        if (matching) {
            keys = prepared.keysReady ? prepared.keys : matcher.keys(values);
            qint64 found = matcher.find(keys);
            if (!found && finder) {
                auto candidates = finder->findFor(entity->name, values);
                if (!candidates)
                    return candidates.error();
                for (const DuplicateCandidate &c : candidates.value()) {
                    // A shared phone (with or without the same company) may be a company's switchboard:
                    // not enough to merge rows without the same email or name.
                    if (!c.likely || (c.reasons & (SameEmail | SameName | SimilarName)) == 0)
                        continue;
                    auto r = Sql::exec(conn, QStringLiteral("SELECT rid FROM %1 WHERE id = ?").arg(Sql::ident(entity->name)), {c.id});
                    if (r && r.value().next())
                        found = r.value().value(0).toLongLong();
                    break;
                }
            }
            if (const qint64 rid = found) {
                if (o.onDuplicate == DuplicatePolicy::Skip) {
                    ++summary.skipped;
                    if (summary.preview.size() < o.collectRows) // names cost a query: only for the preview
                        collect(cells, ImportRow::Skip, tr("duplicate of %1").arg(store.displayName(entity->name, idOfRid(rid))));
                    continue;
                }
                if (preparedInsert)
                    values = valuesByField();
                const QString id = idOfRid(rid);
                // Update the match with the row's non-empty values that differ.
                auto current = store.get(entity->name, id);
                if (!current)
                    return current.error();
                QVariantMap changes;
                QJsonObject previous;
                for (auto it = values.cbegin(); it != values.cend(); ++it) {
                    const QVariant old = current.value().value(it.key());
                    const bool email = entity->field(it.key())->type == FieldType::Email;
                    if (sameValueText(old).compare(sameValueText(it.value()), email ? Qt::CaseInsensitive : Qt::CaseSensitive) == 0)
                        continue;
                    changes.insert(it.key(), it.value());
                    previous.insert(it.key(), QJsonValue::fromVariant(old));
                }
                if (changes.isEmpty()) {
                    ++summary.skipped;
                    if (summary.preview.size() < o.collectRows)
                        collect(cells, ImportRow::Skip, tr("same values as %1").arg(store.displayName(entity->name, id)));
                    continue;
                }
                const bool ours = rid >= mainFirst; // created earlier in this file
                if (ours && bulk) {
                    deferred << Deferred{id, changes, line};
                } else {
                    const Status s = store.update(entity->name, id, changes);
                    if (!s) {
                        ++summary.failed;
                        addIssue(line, -1, QString(), s.error().message);
                        collect(cells, ImportRow::Error, s.error().message);
                        if (!o.partial)
                            writing = false;
                        continue;
                    }
                }
                if (!ours) {
                    auto r = Sql::exec(conn, QStringLiteral("INSERT OR IGNORE INTO import_updated (batch_id, entity, record_id, previous) VALUES (?, ?, ?, ?)"),
                                       {batchId, entity->name, id, QString::fromUtf8(QJsonDocument(previous).toJson(QJsonDocument::Compact))});
                    if (!r)
                        return r.error();
                }
                ++summary.updated;
                if (summary.preview.size() < o.collectRows)
                    collect(cells, ImportRow::Update, tr("updates %1").arg(store.displayName(entity->name, id)));
                continue;
            }
        }

        // --- create
        qint64 rid = 0;
        if (bulk) {
            bool inserted;
            if (!prepared.insertRow.isEmpty()) {
                inserted = inserter->insert(prepared.insertRow);
            } else {
                QVariantList row;
                insertRow(inMap(values), &row);
                row[0] = Uuid7::create();
                inserted = inserter->insert(row);
            }
            if (!inserted)
                return Error::failure(tr("%1: line %2: %3").arg(file).arg(line).arg(inserter->error()));
            rid = sqlite3_last_insert_rowid(handle);
        } else {
            auto id = store.create(entity->name, values);
            if (!id) {
                ++summary.failed;
                addIssue(line, -1, QString(), id.error().message);
                collect(cells, ImportRow::Error, id.error().message);
                if (!o.partial)
                    writing = false;
                continue;
            }
            rid = sqlite3_last_insert_rowid(handle);
        }
        ++summary.created;
        collect(cells, ImportRow::Create, QString());
        if (matching)
            matcher.addNew(keys, rid); // find() above returned 0 for them
    }
    feed.stop();
    summary.rows = rowsSeen;
    summary.loadMs = double(loadTimer.nsecsElapsed()) / 1e6;
    summary.loadCpuMs = 1000.0 * double(std::clock() - loadCpu) / CLOCKS_PER_SEC;
    summary.warnings = src.warnings();
    if (!src.status())
        return src.status().error();
    if (o.progress && !o.progress(src.bytesRead(), src.size(), rowsSeen))
        return Error::badInput(tr("The import was cancelled; nothing was written."));

    if (summary.failed > 0 && !o.partial) {
        tx.rollback();
        summary.rejected = true;
        summary.created = summary.updated = summary.skipped = summary.relatedCreated = 0;
        return summary;
    }

    // --- finish: indexes back, full-text index and one bulk_operation row per entity, the log.
    inserter.reset(); // its statement refers to the table the triggers are created on again
    if (triggerPause) {
        const Status s = triggerPause->resume();
        if (!s)
            return s.error();
    }
    if (pause) {
        const Status s = pause->resume();
        if (!s)
            return s.error();
    }
    for (auto it = firstRid.cbegin(); it != firstRid.cend(); ++it) {
        auto r = Sql::exec(conn, QStringLiteral("SELECT coalesce(max(rid), 0) FROM %1").arg(Sql::ident(it.key())));
        if (!r)
            return r.error();
        const qint64 last = r.value().next() ? r.value().value(0).toLongLong() : 0;
        if (last < it.value())
            continue;
        if (bulk) {
            const Status s = finishBulk(tx, m_db, it.key(), it.value(), last, QStringLiteral("import"), file);
            if (!s)
                return s.error();
        }
        tx.touched(it.key());
        auto ins = Sql::exec(conn, QStringLiteral("INSERT INTO import_created (batch_id, entity, first_rid, last_rid, count) VALUES (?, ?, ?, ?, ?)"),
                             {batchId, it.key(), it.value(), last, last - it.value() + 1});
        if (!ins)
            return ins.error();
    }
    for (const auto &d : std::as_const(deferred)) {
        const Status s = store.update(entity->name, d.id, d.values);
        if (!s)
            return Error::badInput(tr("%1: line %2: %3").arg(file).arg(d.line).arg(s.error().message));
    }
    tx.touched(entity->name);
    {
        auto r = Sql::exec(conn, QStringLiteral("UPDATE import_batch SET created = ?, updated = ?, skipped = ?, failed = ?, "
                                                "log_seq = (SELECT coalesce(max(seq), 0) FROM change_log) WHERE id = ?"),
                           {summary.created, summary.updated, summary.skipped, summary.failed, batchId});
        if (!r)
            return r.error();
    }
    if (o.rememberMapping && src.format() == ImportFormat::Csv && !o.dryRun) {
        const Status s = HeaderMapping::remember(m_db, entity->name, headers, mapping);
        if (!s)
            return s.error();
    }
    if (o.dryRun) {
        tx.rollback();
        return summary;
    }
    const Status c = tx.commit();
    if (!c)
        return c.error();
    summary.importId = batchId;
    return summary;
}

} // namespace trato

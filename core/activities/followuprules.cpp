// SPDX-License-Identifier: GPL-3.0-or-later
#include "followuprules.h"

#include "../metadata/registry.h"
#include "../store/database.h"
#include "../store/teamsettings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace trato {

namespace {
constexpr int kHour = 60;
constexpr int kDay = 24 * kHour;

const char *const kNextNames[] = {"activity", "ask_time", "close", "nothing"};
} // namespace

QString FollowUpRule::displaySubject(const QString &recordName) const
{
    const QString text = builtinSubject ? QCoreApplication::translate("trato::FollowUpRules", subject.toUtf8().constData())
                                        : subject;
    return text.contains(QLatin1String("%1")) ? text.arg(recordName) : text;
}

bool FollowUpRule::operator==(const FollowUpRule &o) const
{
    return outcome == o.outcome && next == o.next && kind == o.kind && delayMinutes == o.delayMinutes
        && subject == o.subject && builtinSubject == o.builtinSubject && closeReason == o.closeReason;
}

QList<FollowUpRule> FollowUpRules::defaults()
{
    using N = FollowUpRule::Next;
    auto rule = [](const char *outcome, N next, const char *kind, int delay, const char *subject) {
        FollowUpRule r;
        r.outcome = QString::fromLatin1(outcome);
        r.next = next;
        r.kind = QString::fromLatin1(kind);
        r.delayMinutes = delay;
        r.subject = QString::fromUtf8(subject);
        return r;
    };
    QList<FollowUpRule> rules;
    rules << rule("done", N::Activity, "call", 7 * kDay, QT_TRANSLATE_NOOP("trato::FollowUpRules", "Follow up with %1"));
    rules << rule("reached", N::Activity, "call", 7 * kDay, QT_TRANSLATE_NOOP("trato::FollowUpRules", "Follow-up call with %1"));
    rules << rule("no_answer", N::Activity, "call", kDay, QT_TRANSLATE_NOOP("trato::FollowUpRules", "Call %1 again"));
    rules << rule("busy", N::Activity, "call", 2 * kHour, QT_TRANSLATE_NOOP("trato::FollowUpRules", "Call %1 again"));
    rules << rule("wrong_number", N::Activity, "task", kDay, QT_TRANSLATE_NOOP("trato::FollowUpRules", "Find the right number for %1"));
    rules << rule("call_back", N::AskTime, "call", 0, QT_TRANSLATE_NOOP("trato::FollowUpRules", "Call %1 back"));
    rules << rule("interested", N::Activity, "meeting", 3 * kDay, QT_TRANSLATE_NOOP("trato::FollowUpRules", "Meeting with %1"));
    FollowUpRule notInterested = rule("not_interested", N::Close, "", 0, "");
    notInterested.closeReason = QStringLiteral("no_interest");
    rules << notInterested;
    rules << rule("sale", N::Activity, "task", 7 * kDay, QT_TRANSLATE_NOOP("trato::FollowUpRules", "After-sale follow-up with %1"));
    return rules;
}

QList<FollowUpRule> FollowUpRules::load(Database &db)
{
    QList<FollowUpRule> rules = defaults();
    const QString json = TeamSettings(db).value(QString::fromLatin1(kSettingKey));
    if (json.isEmpty())
        return rules;
    const auto saved = fromJson(json);
    if (!saved.ok())
        return rules; // a damaged setting never blocks completing an activity
    for (const FollowUpRule &r : saved.value()) {
        for (FollowUpRule &d : rules)
            if (d.outcome == r.outcome)
                d = r;
    }
    return rules;
}

Status FollowUpRules::check(const FollowUpRule &rule)
{
    static const QStringList outcomes = {QStringLiteral("done"), QStringLiteral("reached"), QStringLiteral("no_answer"),
                                         QStringLiteral("busy"), QStringLiteral("wrong_number"), QStringLiteral("call_back"),
                                         QStringLiteral("interested"), QStringLiteral("not_interested"), QStringLiteral("sale")};
    static const QStringList kinds = {QStringLiteral("call"), QStringLiteral("meeting"), QStringLiteral("visit"), QStringLiteral("task")};
    if (!outcomes.contains(rule.outcome))
        return Error::badInput(tr("Unknown outcome \"%1\" (known: %2).").arg(rule.outcome, outcomes.join(QLatin1String(", "))));
    if ((rule.next == FollowUpRule::Next::Activity || rule.next == FollowUpRule::Next::AskTime) && !kinds.contains(rule.kind))
        return Error::badInput(tr("The follow-up of \"%1\" has an unknown kind \"%2\" (known: %3).")
                                   .arg(rule.outcome, rule.kind, kinds.join(QLatin1String(", "))));
    if (rule.delayMinutes < 0 || rule.delayMinutes > 366 * kDay)
        return Error::badInput(tr("The follow-up of \"%1\" must come between now and a year from now.").arg(rule.outcome));
    if (rule.next == FollowUpRule::Next::Activity && rule.subject.trimmed().isEmpty())
        return Error::badInput(tr("The follow-up of \"%1\" needs a subject.").arg(rule.outcome));
    if (rule.next == FollowUpRule::Next::Close && rule.closeReason.isEmpty())
        return Error::badInput(tr("Closing after \"%1\" needs a reason.").arg(rule.outcome));
    return Status::success();
}

Status FollowUpRules::save(Database &db, const QList<FollowUpRule> &rules)
{
    for (const FollowUpRule &r : rules) {
        if (Status s = check(r); !s)
            return s;
        if (r.next == FollowUpRule::Next::Close) {
            const Entity *lead = db.registry()->entity(QStringLiteral("lead"));
            const Field *reason = lead ? lead->field(QStringLiteral("disqualified_reason")) : nullptr;
            bool known = false;
            for (const auto &o : reason ? reason->options : QList<PicklistOption>())
                known = known || o.value == r.closeReason;
            if (!known)
                return Error::badInput(tr("Unknown reason \"%1\" for closing after \"%2\".").arg(r.closeReason, r.outcome));
        }
    }
    return TeamSettings(db).setValue(QString::fromLatin1(kSettingKey), toJson(rules));
}

FollowUpRule FollowUpRules::forOutcome(const QList<FollowUpRule> &rules, const QString &outcome)
{
    const QString key = outcome.isEmpty() ? QStringLiteral("done") : outcome;
    for (const FollowUpRule &r : rules)
        if (r.outcome == key)
            return r;
    FollowUpRule none;
    none.outcome = key;
    none.next = FollowUpRule::Next::Nothing;
    return none;
}

QVariantMap FollowUpRules::proposal(const FollowUpRule &rule, const QVariantMap &finished, const QString &recordName,
                                    const QDateTime &completedAt, const QDateTime &askedTime)
{
    if (rule.next != FollowUpRule::Next::Activity && rule.next != FollowUpRule::Next::AskTime)
        return {};
    QDateTime start = completedAt.addSecs(qint64(rule.delayMinutes) * 60);
    if (rule.next == FollowUpRule::Next::AskTime)
        start = askedTime.isValid() ? askedTime : completedAt.addSecs(3600);
    QVariantMap values;
    values[QStringLiteral("kind")] = rule.kind;
    values[QStringLiteral("subject")] = rule.displaySubject(recordName);
    values[QStringLiteral("start_at")] = start.toUTC().toString(Qt::ISODate);
    values[QStringLiteral("status")] = QStringLiteral("planned");
    for (const char *regarding : {"account", "contact", "lead"}) {
        const QString key = QString::fromLatin1(regarding);
        if (!finished.value(key).toString().isEmpty())
            values[key] = finished.value(key);
    }
    if (!finished.value(QStringLiteral("owner")).toString().isEmpty())
        values[QStringLiteral("owner")] = finished.value(QStringLiteral("owner"));
    if (!finished.value(QStringLiteral("id")).toString().isEmpty())
        values[QStringLiteral("follows")] = finished.value(QStringLiteral("id"));
    if (rule.kind == QLatin1String("call") && !finished.value(QStringLiteral("phone_number")).toString().isEmpty())
        values[QStringLiteral("phone_number")] = finished.value(QStringLiteral("phone_number"));
    return values;
}

QString FollowUpRules::nextName(FollowUpRule::Next next)
{
    return QString::fromLatin1(kNextNames[int(next)]);
}

QString FollowUpRules::toJson(const QList<FollowUpRule> &rules)
{
    QJsonArray array;
    for (const FollowUpRule &r : rules) {
        QJsonObject o;
        o[QStringLiteral("outcome")] = r.outcome;
        o[QStringLiteral("next")] = nextName(r.next);
        if (!r.kind.isEmpty())
            o[QStringLiteral("kind")] = r.kind;
        o[QStringLiteral("delay_minutes")] = r.delayMinutes;
        if (!r.subject.isEmpty())
            o[QStringLiteral("subject")] = r.subject;
        o[QStringLiteral("builtin_subject")] = r.builtinSubject;
        if (!r.closeReason.isEmpty())
            o[QStringLiteral("close_reason")] = r.closeReason;
        array.append(o);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

Result<QList<FollowUpRule>> FollowUpRules::fromJson(const QString &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return Error::badInput(tr("Follow-up rules must be a JSON array: %1").arg(error.errorString()));
    QList<FollowUpRule> rules;
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject o = v.toObject();
        FollowUpRule r;
        r.outcome = o.value(QStringLiteral("outcome")).toString();
        const QString next = o.value(QStringLiteral("next")).toString(QStringLiteral("activity"));
        bool known = false;
        for (int i = 0; i < 4; ++i)
            if (next == QLatin1String(kNextNames[i])) {
                r.next = FollowUpRule::Next(i);
                known = true;
            }
        if (!known)
            return Error::badInput(tr("Unknown next step \"%1\" in the rule of \"%2\".").arg(next, r.outcome));
        r.kind = o.value(QStringLiteral("kind")).toString();
        r.delayMinutes = o.value(QStringLiteral("delay_minutes")).toInt();
        r.subject = o.value(QStringLiteral("subject")).toString();
        r.builtinSubject = o.value(QStringLiteral("builtin_subject")).toBool(false);
        r.closeReason = o.value(QStringLiteral("close_reason")).toString();
        if (Status s = check(r); !s)
            return s.error();
        rules << r;
    }
    return rules;
}

} // namespace trato

// SPDX-License-Identifier: GPL-3.0-or-later
#include "activitiespage.h"

#include "util/dialogs.h"

#include "activities/activityservice.h"
#include "metadata/registry.h"
#include "store/database.h"
#include "store/transaction.h"

#include <QComboBox>
#include <QDialog>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace trato {

namespace {
enum Column { OutcomeCol, NextCol, KindCol, DelayCol, SubjectCol, ReasonCol, ColumnCount };

QString translatedSubject(const FollowUpRule &r)
{
    return r.builtinSubject && !r.subject.isEmpty() ? QCoreApplication::translate("trato::FollowUpRules", r.subject.toUtf8().constData())
                                                     : r.subject;
}
} // namespace

ActivitiesPage::ActivitiesPage(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_suggest(new QRadioButton(tr("Suggest a next step (completing without one is allowed)")))
    , m_require(new QRadioButton(tr("Require a next step or closing the lead")))
    , m_table(new QTableWidget(0, ColumnCount))
{
    setObjectName(QStringLiteral("activitiesPage"));
    auto *layout = new QVBoxLayout(this);
    auto *loop = new QGroupBox(tr("Sales loop: when an activity about a lead, contact or account is completed"));
    auto *loopLayout = new QVBoxLayout(loop);
    m_suggest->setObjectName(QStringLiteral("salesLoopSuggest"));
    m_require->setObjectName(QStringLiteral("salesLoopRequire"));
    loopLayout->addWidget(m_suggest);
    loopLayout->addWidget(m_require);
    (ActivityService::strictness(db) == ActivityService::Strictness::Require ? m_require : m_suggest)->setChecked(true);
    layout->addWidget(loop);

    auto *rulesLabel = new QLabel(tr("Follow-up rules: what each outcome proposes next (\"%1\" is the name of the contact, lead or account)."));
    rulesLabel->setWordWrap(true);
    layout->addWidget(rulesLabel);
    m_table->setObjectName(QStringLiteral("followUpRules"));
    m_table->setHorizontalHeaderLabels({tr("Outcome"), tr("Next"), tr("Kind"), tr("After (hours)"), tr("Subject"), tr("Close reason")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(SubjectCol, QHeaderView::Stretch);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    layout->addWidget(m_table, 1);
    auto *reset = new QPushButton(tr("Restore the default rules"));
    reset->setObjectName(QStringLiteral("resetFollowUpRules"));
    connect(reset, &QPushButton::clicked, this, [this] { load(FollowUpRules::defaults()); });
    layout->addWidget(reset, 0, Qt::AlignLeft);
    load(FollowUpRules::load(db));
    m_loaded = rules();

    // Saved with the dialog's OK (the one-line hook in SettingsDialog adds the page).
    if (auto *dialog = qobject_cast<QDialog *>(parent)) {
        connect(dialog, &QDialog::accepted, this, [this] {
            if (Status s = save(); !s)
                Dialogs::error(this, tr("Activities settings"), s.error().message);
        });
    }
}

void ActivitiesPage::load(const QList<FollowUpRule> &rules)
{
    const Entity *activity = m_db.registry()->entity(QStringLiteral("activity"));
    const Entity *lead = m_db.registry()->entity(QStringLiteral("lead"));
    const Field *outcome = activity ? activity->field(QStringLiteral("outcome")) : nullptr;
    const Field *kind = activity ? activity->field(QStringLiteral("kind")) : nullptr;
    const Field *reason = lead ? lead->field(QStringLiteral("disqualified_reason")) : nullptr;
    m_table->setRowCount(int(rules.size()));
    for (int row = 0; row < rules.size(); ++row) {
        const FollowUpRule &r = rules.at(row);
        auto *name = new QTableWidgetItem(outcome ? outcome->optionLabel(r.outcome) : r.outcome);
        name->setData(Qt::UserRole, r.outcome);
        name->setFlags(Qt::ItemIsEnabled);
        m_table->setItem(row, OutcomeCol, name);
        auto *next = new QComboBox;
        next->addItem(tr("Next activity"), int(FollowUpRule::Next::Activity));
        next->addItem(tr("Ask for a time"), int(FollowUpRule::Next::AskTime));
        next->addItem(tr("Close the lead"), int(FollowUpRule::Next::Close));
        next->addItem(tr("Nothing"), int(FollowUpRule::Next::Nothing));
        next->setCurrentIndex(next->findData(int(r.next)));
        m_table->setCellWidget(row, NextCol, next);
        auto *kinds = new QComboBox;
        for (const auto &o : kind ? kind->options : QList<PicklistOption>())
            kinds->addItem(kind->optionLabel(o.value), o.value);
        kinds->setCurrentIndex(qMax(0, kinds->findData(r.kind)));
        m_table->setCellWidget(row, KindCol, kinds);
        auto *delay = new QSpinBox;
        delay->setRange(0, 366 * 24);
        delay->setValue(r.delayMinutes / 60);
        m_table->setCellWidget(row, DelayCol, delay);
        auto *subject = new QLineEdit(translatedSubject(r));
        subject->setProperty("builtin", r.builtinSubject);
        subject->setProperty("source", r.subject);
        m_table->setCellWidget(row, SubjectCol, subject);
        auto *reasons = new QComboBox;
        reasons->addItem(QString(), QString());
        for (const auto &o : reason ? reason->options : QList<PicklistOption>())
            reasons->addItem(reason->optionLabel(o.value), o.value);
        reasons->setCurrentIndex(qMax(0, reasons->findData(r.closeReason)));
        m_table->setCellWidget(row, ReasonCol, reasons);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(SubjectCol, QHeaderView::Stretch);
}

QList<FollowUpRule> ActivitiesPage::rules() const
{
    QList<FollowUpRule> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        FollowUpRule r;
        r.outcome = m_table->item(row, OutcomeCol)->data(Qt::UserRole).toString();
        r.next = FollowUpRule::Next(qobject_cast<QComboBox *>(m_table->cellWidget(row, NextCol))->currentData().toInt());
        const bool schedules = r.next == FollowUpRule::Next::Activity || r.next == FollowUpRule::Next::AskTime;
        r.kind = schedules ? qobject_cast<QComboBox *>(m_table->cellWidget(row, KindCol))->currentData().toString() : QString();
        r.delayMinutes = r.next == FollowUpRule::Next::Activity ? qobject_cast<QSpinBox *>(m_table->cellWidget(row, DelayCol))->value() * 60 : 0;
        auto *subject = qobject_cast<QLineEdit *>(m_table->cellWidget(row, SubjectCol));
        FollowUpRule shown;
        shown.subject = subject->property("source").toString();
        shown.builtinSubject = subject->property("builtin").toBool();
        // Unchanged built-in text stays translatable; the team's own words are kept as typed.
        if (!schedules) {
            r.subject.clear(); // nothing is scheduled: no subject (as in the defaults)
        } else if (subject->text() == translatedSubject(shown)) {
            r.subject = shown.subject;
            r.builtinSubject = shown.builtinSubject;
        } else {
            r.subject = subject->text().trimmed();
            r.builtinSubject = false;
        }
        if (r.next == FollowUpRule::Next::Close)
            r.closeReason = qobject_cast<QComboBox *>(m_table->cellWidget(row, ReasonCol))->currentData().toString();
        out << r;
    }
    return out;
}

Status ActivitiesPage::save()
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    if (Status s = ActivityService::setStrictness(m_db, m_require->isChecked() ? ActivityService::Strictness::Require
                                                                                : ActivityService::Strictness::Suggest); !s)
        return s;
    const QList<FollowUpRule> edited = rules();
    if (!(edited == m_loaded))
        if (Status s = FollowUpRules::save(m_db, edited); !s)
            return s;
    if (Status s = tx.commit(); !s)
        return s;
    m_loaded = edited;
    return {};
}

} // namespace trato

// SPDX-License-Identifier: GPL-3.0-or-later
#include "completedialog.h"

#include "activities/activityrules.h"
#include "metadata/registry.h"
#include "store/database.h"
#include "store/recordstore.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace trato {

namespace {
const QString kActivity = QStringLiteral("activity");

void fillOptions(QComboBox *combo, const Field *field)
{
    if (!field)
        return;
    for (const PicklistOption &o : field->options)
        combo->addItem(field->optionLabel(o.value), o.value);
}
} // namespace

CompleteDialog::CompleteDialog(Database &db, const QString &activityId, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_activityId(activityId)
{
    setObjectName(QStringLiteral("completeDialog"));
    setWindowTitle(tr("Complete activity"));
    setAccessibleName(tr("Complete activity"));
    const Entity *activity = db.registry()->entity(kActivity);
    const Entity *lead = db.registry()->entity(QStringLiteral("lead"));
    RecordStore store(db);
    const Record record = store.get(kActivity, activityId).ok() ? store.get(kActivity, activityId).value() : Record();

    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("completeTitle"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_title->setFont(big);
    m_title->setText(record.value(QStringLiteral("subject")).toString());
    layout->addWidget(m_title);

    auto *form = new QFormLayout;
    m_outcome = new QComboBox;
    m_outcome->setObjectName(QStringLiteral("outcome"));
    fillOptions(m_outcome, activity ? activity->field(QStringLiteral("outcome")) : nullptr);
    // The outcome already noted (a caller window, a call list) or, for calls "Reached", else "Done".
    const QString noted = record.value(QStringLiteral("outcome")).toString();
    const int preferred = m_outcome->findData(!noted.isEmpty() ? noted
                                              : record.value(QStringLiteral("kind")).toString() == QLatin1String("call")
                                                  ? QStringLiteral("reached") : QStringLiteral("done"));
    m_outcome->setCurrentIndex(qMax(0, preferred));
    form->addRow(tr("Outcome:"), m_outcome);
    m_notes = new QPlainTextEdit;
    m_notes->setObjectName(QStringLiteral("outcomeNotes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4 + 12);
    form->addRow(tr("Notes:"), m_notes);
    layout->addLayout(form);

    auto *next = new QGroupBox(tr("What comes next?"));
    auto *nextLayout = new QVBoxLayout(next);
    m_nextStep = new QRadioButton(tr("Schedule the next step"));
    m_nextStep->setObjectName(QStringLiteral("nextStep"));
    nextLayout->addWidget(m_nextStep);
    auto *nextForm = new QFormLayout;
    nextForm->setContentsMargins(24, 0, 0, 0);
    m_nextKind = new QComboBox;
    m_nextKind->setObjectName(QStringLiteral("nextKind"));
    fillOptions(m_nextKind, activity ? activity->field(QStringLiteral("kind")) : nullptr);
    nextForm->addRow(tr("Kind:"), m_nextKind);
    m_nextSubject = new QLineEdit;
    m_nextSubject->setObjectName(QStringLiteral("nextSubject"));
    nextForm->addRow(tr("Subject:"), m_nextSubject);
    m_nextAt = new QDateTimeEdit;
    m_nextAt->setObjectName(QStringLiteral("nextAt"));
    m_nextAt->setCalendarPopup(true);
    m_nextAt->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    nextForm->addRow(tr("When:"), m_nextAt);
    nextLayout->addLayout(nextForm);

    m_close = new QRadioButton(tr("Close the lead"));
    m_close->setObjectName(QStringLiteral("closeLead"));
    nextLayout->addWidget(m_close);
    auto *closeForm = new QFormLayout;
    closeForm->setContentsMargins(24, 0, 0, 0);
    m_closeReason = new QComboBox;
    m_closeReason->setObjectName(QStringLiteral("closeReason"));
    fillOptions(m_closeReason, lead ? lead->field(QStringLiteral("disqualified_reason")) : nullptr);
    closeForm->addRow(tr("Reason:"), m_closeReason);
    nextLayout->addLayout(closeForm);

    m_noNext = new QRadioButton(tr("No next step"));
    m_noNext->setObjectName(QStringLiteral("noNextStep"));
    nextLayout->addWidget(m_noNext);
    m_noNextReason = new QLabel;
    m_noNextReason->setObjectName(QStringLiteral("noNextReason"));
    m_noNextReason->setWordWrap(true);
    m_noNextReason->setContentsMargins(24, 0, 0, 0);
    m_noNextReason->setForegroundRole(QPalette::PlaceholderText);
    nextLayout->addWidget(m_noNextReason);
    layout->addWidget(next);

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("completeError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b91c1c;"));
    m_error->hide();
    layout->addWidget(m_error);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Complete"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CompleteDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CompleteDialog::reject);
    for (QRadioButton *b : {m_nextStep, m_close, m_noNext})
        connect(b, &QRadioButton::toggled, this, &CompleteDialog::updateEnabled);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &CompleteDialog::replan);
    replan();
    setMinimumWidth(520);
}

void CompleteDialog::replan()
{
    auto plan = ActivityService(m_db).plan(m_activityId, m_outcome->currentData().toString());
    if (!plan) {
        m_error->setText(plan.error().message);
        m_error->show();
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        return;
    }
    m_plan = plan.value();
    if (!m_plan.recordName.isEmpty())
        m_title->setText(tr("%1 — %2").arg(RecordStore(m_db).get(kActivity, m_activityId).value().value(QStringLiteral("subject")).toString(),
                                           m_plan.recordName));
    const QVariantMap &p = m_plan.proposal;
    m_nextKind->setCurrentIndex(qMax(0, m_nextKind->findData(p.value(QStringLiteral("kind")).toString())));
    m_nextSubject->setText(p.value(QStringLiteral("subject")).toString());
    m_nextAt->setDateTime(QDateTime::fromString(p.value(QStringLiteral("start_at")).toString(), Qt::ISODate).toLocalTime());
    if (!m_plan.rule.closeReason.isEmpty())
        m_closeReason->setCurrentIndex(qMax(0, m_closeReason->findData(m_plan.rule.closeReason)));

    m_close->setEnabled(m_plan.canClose);
    m_close->setToolTip(m_plan.canClose ? QString() : tr("This activity is not about a lead."));
    m_noNext->setEnabled(!m_plan.requireNext);
    m_noNextReason->setText(m_plan.requireNext ? tr("Your team requires a next step or closing the lead.") : QString());
    m_noNextReason->setVisible(m_plan.requireNext);
    // The rule's choice first.
    switch (m_plan.rule.next) {
    case FollowUpRule::Next::Close:
        (m_plan.canClose ? m_close : m_plan.requireNext ? m_nextStep : m_noNext)->setChecked(true);
        break;
    case FollowUpRule::Next::Nothing:
        (m_plan.requireNext ? m_nextStep : m_noNext)->setChecked(true);
        break;
    default:
        (m_plan.regardsRecord || m_plan.requireNext ? m_nextStep : m_noNext)->setChecked(true);
        break;
    }
    updateEnabled();
}

void CompleteDialog::updateEnabled()
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_nextKind, m_nextSubject, m_nextAt})
        w->setEnabled(m_nextStep->isChecked());
    m_closeReason->setEnabled(m_close->isChecked());
}

ActivityService::CompleteRequest CompleteDialog::request() const
{
    using Next = ActivityService::CompleteRequest::Next;
    ActivityService::CompleteRequest r;
    r.outcome = m_outcome->currentData().toString();
    r.notes = m_notes->toPlainText().trimmed();
    r.completedAt = ActivityRules::now();
    if (m_nextStep->isChecked()) {
        r.next = Next::Activity;
        r.nextValues[QStringLiteral("kind")] = m_nextKind->currentData().toString();
        r.nextValues[QStringLiteral("subject")] = m_nextSubject->text().trimmed();
        r.nextValues[QStringLiteral("start_at")] = m_nextAt->dateTime().toUTC().toString(Qt::ISODate);
    } else if (m_close->isChecked()) {
        r.next = Next::Close;
        r.closeReason = m_closeReason->currentData().toString();
    } else {
        r.next = Next::None;
    }
    return r;
}

void CompleteDialog::accept()
{
    auto done = ActivityService(m_db).complete(m_activityId, request());
    if (!done) {
        // The dialog stays open with the reason; nothing was written.
        m_error->setText(done.error().message);
        m_error->show();
        return;
    }
    m_nextId = done.value().nextId;
    QDialog::accept();
}

} // namespace trato

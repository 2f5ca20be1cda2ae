// SPDX-License-Identifier: GPL-3.0-or-later
#include "convertleaddialog.h"

#include "forms/relationeditor.h"

#include "dedupe/duplicatefinder.h"
#include "metadata/registry.h"
#include "metadata/value.h"
#include "store/database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace trato {

ConvertLeadDialog::ConvertLeadDialog(Database &db, const QString &leadId, const QString &region, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_leadId(leadId)
    , m_region(region)
    , m_mapping(new QTreeWidget)
    , m_error(new QLabel)
    , m_convert(new QPushButton(tr("&Convert")))
{
    setObjectName(QStringLiteral("convertLeadDialog"));
    m_error->setObjectName(QStringLiteral("convertError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("background: #fdecea; color: #8a1c1c; border: 1px solid #f5c2c0;"
                                          " border-radius: 4px; padding: 6px;"));
    m_error->hide();
    auto *layout = new QVBoxLayout(this);
    auto lead = RecordStore(db).get(QStringLiteral("lead"), leadId);
    if (!lead) {
        setWindowTitle(tr("Convert lead"));
        showError(lead.error().message);
        layout->addWidget(m_error);
        auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
        connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
        layout->addWidget(close);
        return;
    }
    m_valid = true;
    m_lead = lead.value();
    const QString name = RecordStore(db).displayName(QStringLiteral("lead"), leadId);
    setWindowTitle(tr("Convert lead %1").arg(name));
    setAccessibleName(windowTitle());
    const QString company = m_lead.value(QStringLiteral("company")).toString();

    layout->addWidget(m_error);
    layout->addWidget(buildTarget(QStringLiteral("account"), tr("Account"),
                                  company.isEmpty() ? tr("Create a new account (the lead has no company)")
                                                    : tr("Create a new account: %1").arg(company),
                                  true, !company.isEmpty()));
    layout->addWidget(buildTarget(QStringLiteral("contact"), tr("Contact"), tr("Create a new contact: %1").arg(name), false, true));

    auto *mapTitle = new QLabel(tr("What the new records get from the lead:"));
    layout->addWidget(mapTitle);
    m_mapping->setObjectName(QStringLiteral("conversionMapping"));
    m_mapping->setAccessibleName(tr("Field mapping"));
    m_mapping->setRootIsDecorated(false);
    m_mapping->setHeaderLabels({tr("Lead field"), tr("Goes to"), tr("Value")});
    m_mapping->header()->setStretchLastSection(true);
    layout->addWidget(m_mapping, 1);
    fillMapping();

    auto *note = new QLabel(tr("The lead stays, marked as converted; its campaign memberships move to the contact."));
    note->setWordWrap(true);
    layout->addWidget(note);
    auto *buttons = new QDialogButtonBox;
    buttons->addButton(m_convert, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(m_convert, &QPushButton::clicked, this, [this] {
        if (convertNow())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(640, 560);
}

QWidget *ConvertLeadDialog::buildTarget(const QString &entity, const QString &title, const QString &newText, bool allowNone,
                                        bool canCreate)
{
    Choice &c = entity == QLatin1String("account") ? m_account : m_contact;
    auto *box = new QGroupBox(title);
    box->setObjectName(entity + QStringLiteral("Target"));
    auto *v = new QVBoxLayout(box);
    c.create = new QRadioButton(newText);
    c.create->setEnabled(canCreate);
    c.existing = new QRadioButton(tr("Use an existing %1:").arg(title.toLower()));
    v->addWidget(c.create);
    v->addWidget(c.existing);
    c.suggestions = new QComboBox;
    c.suggestions->setObjectName(entity + QStringLiteral("Suggestions"));
    c.suggestions->setAccessibleName(tr("Suggested %1").arg(title.toLower()));
    // The lead's own converted_* relation field describes the picker (target entity, label).
    const Entity *leadEntity = m_db.registry()->entity(QStringLiteral("lead"));
    Field field = *leadEntity->field(QStringLiteral("converted_") + entity);
    field.readOnly = false;
    c.picker = new RelationEditor(m_db, field);
    c.picker->setObjectName(entity + QStringLiteral("Picker"));
    auto *pickRow = new QHBoxLayout;
    pickRow->setContentsMargins(24, 0, 0, 0);
    pickRow->addWidget(new QLabel(tr("Suggested:")));
    pickRow->addWidget(c.suggestions, 1);
    pickRow->addWidget(new QLabel(tr("or:")));
    pickRow->addWidget(c.picker, 1);
    v->addLayout(pickRow);
    if (allowNone) {
        c.none = new QRadioButton(tr("No %1").arg(title.toLower()));
        v->addWidget(c.none);
    }

    // Likely duplicates of what would be created.
    const QVariantMap values = entity == QLatin1String("account") ? LeadConversion::accountValues(m_lead)
                                                                  : LeadConversion::contactValues(m_lead);
    DuplicateFinder::Options options;
    options.includePossible = true;
    options.limit = 10;
    auto found = DuplicateFinder(m_db, m_region).findFor(entity, values, QString(), options);
    bool likely = false;
    if (found) {
        for (const auto &d : found.value()) {
            c.suggestions->addItem(QStringLiteral("%1 — %2").arg(d.title, duplicateReasonText(d.reasons)), d.id);
            likely = likely || d.likely;
        }
    }
    if (c.suggestions->count() == 0)
        c.suggestions->addItem(tr("(no similar records)"));
    c.suggestions->setEnabled(c.suggestions->itemData(0).isValid());
    connect(c.suggestions, &QComboBox::activated, this, [&c](int index) {
        const QString id = c.suggestions->itemData(index).toString();
        if (!id.isEmpty()) {
            c.picker->setValue(id);
            c.existing->setChecked(true);
        }
    });
    if (likely) {
        c.picker->setValue(c.suggestions->itemData(0));
        c.existing->setChecked(true);
    } else if (canCreate) {
        c.create->setChecked(true);
    } else if (c.none) {
        c.none->setChecked(true);
    }
    auto sync = [&c] {
        const bool on = c.existing->isChecked();
        c.suggestions->setEnabled(on && c.suggestions->itemData(0).isValid());
        c.picker->setEnabled(on);
    };
    connect(c.existing, &QRadioButton::toggled, this, sync);
    sync();
    connect(c.create, &QRadioButton::toggled, this, &ConvertLeadDialog::fillMapping);
    connect(c.existing, &QRadioButton::toggled, this, &ConvertLeadDialog::fillMapping);
    return box;
}

void ConvertLeadDialog::fillMapping()
{
    m_mapping->clear();
    const Entity *lead = m_db.registry()->entity(QStringLiteral("lead"));
    auto add = [&](const QList<QPair<QString, QString>> &mapping, const QString &entityName) {
        const Entity *target = m_db.registry()->entity(entityName);
        for (const auto &[from, to] : mapping) {
            const Field *f = lead->field(from);
            const Field *t = target->field(to);
            const QVariant v = m_lead.value(from);
            if (!f || !t || v.isNull() || v.toString().isEmpty())
                continue;
            new QTreeWidgetItem(m_mapping, {f->displayLabel(), target->displayLabel() + QStringLiteral(" · ") + t->displayLabel(),
                                            Value::display(*f, v)});
        }
    };
    if (m_account.create && m_account.create->isChecked())
        add(LeadConversion::accountMapping(), QStringLiteral("account"));
    if (m_contact.create && m_contact.create->isChecked())
        add(LeadConversion::contactMapping(), QStringLiteral("contact"));
    if (m_mapping->topLevelItemCount() == 0)
        new QTreeWidgetItem(m_mapping, {tr("(existing records are linked, not changed)"), QString(), QString()});
    m_mapping->resizeColumnToContents(0);
    m_mapping->resizeColumnToContents(1);
}

void ConvertLeadDialog::chooseAccount(Target target, const QString &id)
{
    (target == Target::New ? m_account.create : target == Target::None ? m_account.none : m_account.existing)->setChecked(true);
    if (target == Target::Existing)
        m_account.picker->setValue(id);
}

void ConvertLeadDialog::chooseContact(Target target, const QString &id)
{
    (target == Target::Existing ? m_contact.existing : m_contact.create)->setChecked(true);
    if (target == Target::Existing)
        m_contact.picker->setValue(id);
}

QStringList ConvertLeadDialog::suggestedAccounts() const
{
    QStringList out;
    for (int i = 0; i < m_account.suggestions->count(); ++i)
        if (m_account.suggestions->itemData(i).isValid())
            out << m_account.suggestions->itemData(i).toString();
    return out;
}

QStringList ConvertLeadDialog::suggestedContacts() const
{
    QStringList out;
    for (int i = 0; i < m_contact.suggestions->count(); ++i)
        if (m_contact.suggestions->itemData(i).isValid())
            out << m_contact.suggestions->itemData(i).toString();
    return out;
}

QString ConvertLeadDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ConvertLeadDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

bool ConvertLeadDialog::convertNow()
{
    if (!m_valid)
        return false;
    LeadConversionOptions options;
    auto picked = [this](const Choice &c, const QString &what, QString *out) {
        auto v = c.picker->value();
        if (!v || v.value().toString().isEmpty()) {
            showError(tr("Choose the existing %1, or create a new one.").arg(what));
            return false;
        }
        *out = v.value().toString();
        return true;
    };
    if (m_account.existing->isChecked() && !picked(m_account, tr("account"), &options.accountId))
        return false;
    options.createAccount = m_account.create->isChecked() || m_account.existing->isChecked();
    if (m_contact.existing->isChecked() && !picked(m_contact, tr("contact"), &options.contactId))
        return false;
    auto r = LeadConversion(m_db).convert(m_leadId, options);
    if (!r) {
        showError(r.error().message);
        return false;
    }
    m_result = r.value();
    return true;
}

} // namespace trato

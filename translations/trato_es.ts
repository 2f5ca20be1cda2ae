<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>DuplicateFinder</name>
    <message>
        <source>Unknown entity &quot;%1&quot;.</source>
        <translation>Entidad desconocida «%1».</translation>
    </message>
    <message>
        <source>There is no %1 with id %2.</source>
        <translation>No hay ningún registro de tipo %1 con id %2.</translation>
    </message>
    <message>
        <source>The search for duplicates was cancelled.</source>
        <translation>Se ha cancelado la búsqueda de duplicados.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
</context>
<context>
    <name>trato</name>
    <message>
        <source>same email</source>
        <translation>mismo correo electrónico</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>mismo teléfono</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>mismo nombre</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>nombre parecido</translation>
    </message>
    <message>
        <source>same company</source>
        <translation>misma empresa</translation>
    </message>
    <message>
        <source>Which activity? An activity id is needed.</source>
        <translation>¿Qué actividad? Hace falta un id de actividad.</translation>
    </message>
    <message>
        <source>There is no activity with the id %1.</source>
        <translation>No hay ninguna actividad con el id %1.</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Print to PDF</source>
        <translation>Imprimir en PDF</translation>
    </message>
    <message>
        <source>Reading the list…</source>
        <translation>Leyendo la lista…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Print this list</source>
        <translation>Imprimir esta lista</translation>
    </message>
    <message>
        <source>This list has %1 rows: too many for a print preview (at most %2). Export it as a PDF instead?</source>
        <translation>Esta lista tiene %1 filas: demasiadas para una vista previa de impresión (como máximo %2). ¿Desea exportarla como PDF en su lugar?</translation>
    </message>
    <message>
        <source>Print this list…</source>
        <translation>Imprimir esta lista…</translation>
    </message>
    <message>
        <source>Print preview of this list with its filter, sort and columns</source>
        <translation>Vista previa de impresión de esta lista con su filtro, orden y columnas</translation>
    </message>
    <message>
        <source>Export list as PDF…</source>
        <translation>Exportar lista como PDF…</translation>
    </message>
    <message>
        <source>Write this list to a PDF file, in the background</source>
        <translation>Escribe esta lista en un archivo PDF, en segundo plano</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Print this list or export it as a PDF</source>
        <translation>Imprime esta lista o la exporta como PDF</translation>
    </message>
</context>
<context>
    <name>trato::AboutDialog</name>
    <message>
        <source>About Trato</source>
        <translation>Acerca de Trato</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Trato %1&lt;/h2&gt;&lt;p&gt;A desktop CRM for small businesses.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Trato %1&lt;/h2&gt;&lt;p&gt;Un CRM de escritorio para pequeñas empresas.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later). It comes with no warranty.&lt;/p&gt;&lt;p&gt;Built with Qt %1 (running on Qt %2).&lt;/p&gt;&lt;p&gt;Database: %3&lt;br&gt;Schema version: %4&lt;/p&gt;</source>
        <translation>&lt;p&gt;Software libre bajo la Licencia Pública General de GNU, versión 3 o posterior (GPL-3.0-or-later). Se ofrece sin ninguna garantía.&lt;/p&gt;&lt;p&gt;Compilado con Qt %1 (se ejecuta con Qt %2).&lt;/p&gt;&lt;p&gt;Base de datos: %3&lt;br&gt;Versión de esquema: %4&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>trato::AccountSummaryHeader</name>
    <message>
        <source>Account summary</source>
        <translation>Resumen de la cuenta</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Open leads</source>
        <translation>Pre-contactos abiertos</translation>
    </message>
</context>
<context>
    <name>trato::ActivitiesPage</name>
    <message>
        <source>Suggest a next step (completing without one is allowed)</source>
        <translation>Proponer un siguiente paso (se permite completar sin él)</translation>
    </message>
    <message>
        <source>Require a next step or closing the lead</source>
        <translation>Exigir un siguiente paso o cerrar el pre-contacto</translation>
    </message>
    <message>
        <source>Sales loop: when an activity about a lead, contact or account is completed</source>
        <translation>Ciclo de ventas: al completar una actividad de un pre-contacto, contacto o cuenta</translation>
    </message>
    <message>
        <source>Follow-up rules: what each outcome proposes next (&quot;%1&quot; is the name of the contact, lead or account).</source>
        <translation>Reglas de seguimiento: qué propone cada resultado a continuación («%1» es el nombre del contacto, pre-contacto o cuenta).</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>After (hours)</source>
        <translation>Tras (horas)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Close reason</source>
        <translation>Motivo de cierre</translation>
    </message>
    <message>
        <source>Restore the default rules</source>
        <translation>Restablecer las reglas predeterminadas</translation>
    </message>
    <message>
        <source>Activities settings</source>
        <translation>Configuración de actividades</translation>
    </message>
    <message>
        <source>Next activity</source>
        <translation>Siguiente actividad</translation>
    </message>
    <message>
        <source>Ask for a time</source>
        <translation>Pedir una hora</translation>
    </message>
    <message>
        <source>Close the lead</source>
        <translation>Cerrar el pre-contacto</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nada</translation>
    </message>
</context>
<context>
    <name>trato::ActivityRollups</name>
    <message>
        <source>Relationship thresholds must be between 1 and 3660.</source>
        <translation>Los umbrales de relación deben estar entre 1 y 3660.</translation>
    </message>
    <message>
        <source>A friend must need at least as many interactions, as recent, as a good acquaintance, and a good acquaintance as recent as an acquaintance.</source>
        <translation>Amigo debe exigir al menos tantas interacciones, y tan recientes, como Buen conocido, y Buen conocido, interacciones tan recientes como Conocido.</translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation>Estancado</translation>
    </message>
    <message>
        <source>Stalled: nothing is scheduled next. Plan the next step.</source>
        <translation>Estancado: no hay nada programado. Planifique el siguiente paso.</translation>
    </message>
    <message>
        <source>Stalled records are leads, contacts or accounts, not &quot;%1&quot;.</source>
        <translation>Los registros estancados son pre-contactos, contactos o cuentas, no «%1».</translation>
    </message>
</context>
<context>
    <name>trato::ActivityRules</name>
    <message>
        <source>Your team requires a next step: complete this activity with Complete… (trato-cli activity complete) to plan what comes next.</source>
        <translation>Su equipo exige un siguiente paso: complete esta actividad con Completar… (trato-cli activity complete) para planificar lo que viene después.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: repeating activities cannot be imported in bulk; import them in smaller files or without Repeats (repeat).</source>
        <translation>«%1»: las actividades que se repiten no se pueden importar en bloque; impórtelas en archivos más pequeños o sin Se repite (repeat).</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: Ends (end_at) cannot be before Starts / due (start_at).</source>
        <translation>«%1»: Termina (end_at) no puede ser anterior a Empieza / vence (start_at).</translation>
    </message>
</context>
<context>
    <name>trato::ActivityService</name>
    <message>
        <source>The lead %1 was converted; it cannot be closed.</source>
        <translation>El pre-contacto %1 se ha convertido; no se puede cerrar.</translation>
    </message>
    <message>
        <source>That activity is in the Trash; restore it first.</source>
        <translation>Esa actividad está en la Papelera; restáurela antes.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already completed.</source>
        <translation>«%1» ya está completada.</translation>
    </message>
    <message>
        <source>Your team requires a next step: schedule the next activity or close the lead (sales loop: require).</source>
        <translation>Su equipo exige un siguiente paso: programe la siguiente actividad o cierre el pre-contacto (ciclo de ventas: require).</translation>
    </message>
    <message>
        <source>There is nothing to close: &quot;%1&quot; is not about a lead.</source>
        <translation>No hay nada que cerrar: «%1» no es de un pre-contacto.</translation>
    </message>
    <message>
        <source>The next step could not be created: %1</source>
        <translation>No se ha podido crear el siguiente paso: %1</translation>
    </message>
    <message>
        <source>Activities are not about &quot;%1&quot; records; use account, contact or lead.</source>
        <translation>Las actividades no pueden ser de registros «%1»; use account, contact o lead.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not repeat: it is not part of a series.</source>
        <translation>«%1» no se repite: no forma parte de una serie.</translation>
    </message>
</context>
<context>
    <name>trato::AddMembersDialog</name>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add members to %1</source>
        <translation>Añadir miembros a %1</translation>
    </message>
    <message>
        <source>Records to add</source>
        <translation>Registros que añadir</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Search (every word is a prefix; empty: all)</source>
        <translation>Buscar (cada palabra como prefijo; vacío: todos)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Filter field</source>
        <translation>Campo del filtro</translation>
    </message>
    <message>
        <source>Filter value</source>
        <translation>Valor del filtro</translation>
    </message>
    <message>
        <source>Value (as you would type it in the form)</source>
        <translation>Valor (tal como lo escribiría en el formulario)</translation>
    </message>
    <message>
        <source>&amp;Add:</source>
        <translation>&amp;Añadir:</translation>
    </message>
    <message>
        <source>Se&amp;gment:</source>
        <translation>Se&amp;gmento:</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Only where:</source>
        <translation>Solo si:</translation>
    </message>
    <message>
        <source>(all records)</source>
        <translation>(todos los registros)</translation>
    </message>
    <message>
        <source>(any field)</source>
        <translation>(cualquier campo)</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <source>%1 found: %2 will be added.</source>
        <translation>Encontrados: %1; se añadirán %2.</translation>
    </message>
    <message>
        <source>%1 found: %2 added.</source>
        <translation>Encontrados: %1; añadidos: %2.</translation>
    </message>
    <message>
        <source>%1 already in the campaign.</source>
        <translation>Ya estaban en la campaña: %1.</translation>
    </message>
    <message>
        <source>%1 skipped: opted out of email.</source>
        <translation>Omitidos por «No desea correos»: %1.</translation>
    </message>
    <message>
        <source>%1 skipped: do not call.</source>
        <translation>Omitidos por «No llamar»: %1.</translation>
    </message>
    <message>
        <source>%1 opted out of email (added).</source>
        <translation>Con «No desea correos» (añadidos): %1.</translation>
    </message>
    <message>
        <source>%1 marked do not call (added).</source>
        <translation>Con «No llamar» (añadidos): %1.</translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation>Añadiendo…</translation>
    </message>
    <message>
        <source>Adding… %1 records read</source>
        <translation>Añadiendo… %1 registros leídos</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>trato::AddToCampaignButton</name>
    <message>
        <source>Add to campaign…</source>
        <translation>Añadir a una campaña…</translation>
    </message>
    <message>
        <source>Make this record a member of a campaign</source>
        <translation>Hacer que este registro sea miembro de una campaña</translation>
    </message>
    <message>
        <source>Add to campaign</source>
        <translation>Añadir a una campaña</translation>
    </message>
    <message>
        <source>Added to %1.</source>
        <translation>Se ha añadido a %1.</translation>
    </message>
    <message>
        <source>Not added to %1: %2</source>
        <translation>No se ha añadido a %1: %2</translation>
    </message>
</context>
<context>
    <name>trato::AlsoBought</name>
    <message>
        <source>Several products match &quot;%1&quot;: give the id or SKU.</source>
        <translation>Varios productos coinciden con &quot;%1&quot;: indique el id o el SKU.</translation>
    </message>
    <message>
        <source>No product &quot;%1&quot; (give its id, SKU or exact name).</source>
        <translation>No existe el producto &quot;%1&quot; (indique su id, SKU o nombre exacto).</translation>
    </message>
</context>
<context>
    <name>trato::AlsoBoughtView</name>
    <message>
        <source>Suggested products</source>
        <translation>Productos sugeridos</translation>
    </message>
    <message>
        <source>Bought together with</source>
        <translation>Comprado junto con</translation>
    </message>
    <message>
        <source>Products this account has not bought yet that customers who share a product with it bought (at least 2).</source>
        <translation>Productos que esta cuenta aún no ha comprado y que han comprado clientes que comparten algún producto con ella (al menos 2).</translation>
    </message>
    <message>
        <source>Products that customers who bought this one also bought (at least 2 customers).</source>
        <translation>Productos que también compraron los clientes que compraron este (al menos 2 clientes).</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Elevación</translation>
    </message>
    <message>
        <source>No suggestions yet: not enough customers share this account&apos;s products.</source>
        <translation>Aún no hay sugerencias: no hay suficientes clientes que compartan los productos de esta cuenta.</translation>
    </message>
    <message>
        <source>No product was bought together with this one by at least 2 customers.</source>
        <translation>Ningún producto ha sido comprado junto con este por al menos 2 clientes.</translation>
    </message>
</context>
<context>
    <name>trato::BusinessHours</name>
    <message>
        <source>hours: %1</source>
        <translation>horario: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs days and times, like &quot;mon-fri 09:00-18:00&quot;</source>
        <translation>&quot;%1&quot; necesita días y horas, como &quot;mon-fri 09:00-18:00&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day or a range of days (mon-fri)</source>
        <translation>&quot;%1&quot; no es un día ni un rango de días (mon-fri)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day (mon, tue, wed, thu, fri, sat, sun)</source>
        <translation>&quot;%1&quot; no es un día (mon, tue, wed, thu, fri, sat, sun)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the days must go from Monday towards Sunday</source>
        <translation>&quot;%1&quot;: los días deben ir de lunes a domingo</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no times (HH:MM-HH:MM)</source>
        <translation>&quot;%1&quot; no tiene horas (HH:MM-HH:MM)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time range (HH:MM-HH:MM)</source>
        <translation>&quot;%1&quot; no es un rango de horas (HH:MM-HH:MM)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; ends before it starts</source>
        <translation>&quot;%1&quot; termina antes de empezar</translation>
    </message>
    <message>
        <source>no working hours given (like &quot;mon-fri 09:00-18:00&quot;)</source>
        <translation>no se ha indicado el horario laboral (como &quot;mon-fri 09:00-18:00&quot;)</translation>
    </message>
    <message>
        <source>the ranges of %1 overlap</source>
        <translation>los rangos de %1 se solapan</translation>
    </message>
    <message>
        <source>holidays: &quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>holidays: &quot;%1&quot; no es una fecha (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>time_zone: &quot;%1&quot; is not a time zone (an IANA id like Europe/Madrid)</source>
        <translation>time_zone: &quot;%1&quot; no es una zona horaria (un id IANA como Europe/Madrid)</translation>
    </message>
</context>
<context>
    <name>trato::CalendarPage</name>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Show the activities of</source>
        <translation>Mostrar las actividades de</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Asignada a</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Go to today</source>
        <translation>Ir a hoy</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Print or export to PDF</source>
        <translation>Imprimir o exportar a PDF</translation>
    </message>
    <message>
        <source>Print day…</source>
        <translation>Imprimir día…</translation>
    </message>
    <message>
        <source>Print week…</source>
        <translation>Imprimir semana…</translation>
    </message>
    <message>
        <source>Export day to PDF…</source>
        <translation>Exportar día a PDF…</translation>
    </message>
    <message>
        <source>Export week to PDF…</source>
        <translation>Exportar semana a PDF…</translation>
    </message>
    <message>
        <source>iCalendar</source>
        <translation>iCalendar</translation>
    </message>
    <message>
        <source>Import or export .ics files</source>
        <translation>Importar o exportar archivos .ics</translation>
    </message>
    <message>
        <source>Import .ics…</source>
        <translation>Importar .ics…</translation>
    </message>
    <message>
        <source>Export .ics…</source>
        <translation>Exportar .ics…</translation>
    </message>
    <message>
        <source>Could not move the activity: %1</source>
        <translation>No se ha podido mover la actividad: %1</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Nueva actividad</translation>
    </message>
    <message>
        <source>Calendar — %1</source>
        <translation>Calendario — %1</translation>
    </message>
    <message>
        <source>Calendar — week of %1</source>
        <translation>Calendario — semana del %1</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>Exportar a PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Se ha guardado %1</translation>
    </message>
    <message>
        <source>Import iCalendar</source>
        <translation>Importar iCalendar</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation>Archivos iCalendar (*.ics);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export iCalendar</source>
        <translation>Exportar iCalendar</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Archivos iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated.</source>
        <translation>Importación: %1 nuevos, %2 actualizados.</translation>
    </message>
    <message>
        <source>Exported %1 events and %2 tasks to %3.</source>
        <translation>Se han exportado %1 eventos y %2 tareas a %3.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Complete…</source>
        <translation>Completar…</translation>
    </message>
</context>
<context>
    <name>trato::CalendarPrint</name>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completada</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Página %1</translation>
    </message>
    <message>
        <source>continued</source>
        <translation>continuación</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Todo el día</translation>
    </message>
    <message>
        <source>Nothing planned</source>
        <translation>Nada previsto</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se ha podido escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>trato::CalendarQuery</name>
    <message>
        <source>The calendar range needs a start and an end.</source>
        <translation>El intervalo del calendario necesita un inicio y un fin.</translation>
    </message>
    <message>
        <source>The calendar range ends before it starts (%1 to %2).</source>
        <translation>El intervalo del calendario termina antes de empezar (%1 a %2).</translation>
    </message>
    <message>
        <source>This database has no activities.</source>
        <translation>Esta base de datos no tiene actividades.</translation>
    </message>
    <message>
        <source>Could not read the calendar: no database connection.</source>
        <translation>No se ha podido leer el calendario: no hay conexión con la base de datos.</translation>
    </message>
    <message>
        <source>Could not read the calendar: %1</source>
        <translation>No se ha podido leer el calendario: %1</translation>
    </message>
</context>
<context>
    <name>trato::CalendarView</name>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Todo el día</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>atrasada</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n más</numerusform>
            <numerusform>+%n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing planned from %1 to %2.</source>
        <translation>Nada previsto entre %1 y %2.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Atrasadas</translation>
    </message>
</context>
<context>
    <name>trato::CallListOverview</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Next in the queue</source>
        <translation>Siguiente en la cola</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Contactadas</translation>
    </message>
    <message>
        <source>Interested</source>
        <translation>Interesados</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Ocupado</translation>
    </message>
    <message>
        <source>Average call</source>
        <translation>Duración media</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversión</translation>
    </message>
    <message>
        <source>Reached: someone answered. Conversion: sales per reached call.</source>
        <translation>Contactadas: alguien contestó. Conversión: ventas por llamada contactada.</translation>
    </message>
    <message>
        <source>Figures per operator</source>
        <translation>Cifras por operador</translation>
    </message>
    <message>
        <source>Calls counted</source>
        <translation>Llamadas incluidas</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Esta lista</translation>
    </message>
    <message>
        <source>All calls</source>
        <translation>Todas las llamadas</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Desde siempre</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
</context>
<context>
    <name>trato::CallListService</name>
    <message>
        <source>A call list needs a name.</source>
        <translation>Una lista de llamadas necesita un nombre.</translation>
    </message>
    <message>
        <source>Build a call list from exactly one of: a segment, a campaign or a query.</source>
        <translation>Cree una lista de llamadas a partir de uno solo de estos: un segmento, una campaña o una consulta.</translation>
    </message>
    <message>
        <source>There is no call list with id %1.</source>
        <translation>No hay ninguna lista de llamadas con id %1.</translation>
    </message>
    <message>
        <source>The call list is in the Trash; restore it first.</source>
        <translation>La lista de llamadas está en la Papelera; restáurela antes.</translation>
    </message>
    <message>
        <source>Call lists call contacts and leads, not %1.</source>
        <translation>Las listas de llamadas llaman a contactos y pre-contactos, no a %1.</translation>
    </message>
    <message>
        <source>There is no campaign with id %1.</source>
        <translation>No hay ninguna campaña con id %1.</translation>
    </message>
    <message>
        <source>This database has no call lists.</source>
        <translation>Esta base de datos no tiene listas de llamadas.</translation>
    </message>
    <message>
        <source>There is no call list &quot;%1&quot;.</source>
        <translation>No hay ninguna lista de llamadas «%1».</translation>
    </message>
    <message>
        <source>There is no call list entry %1.</source>
        <translation>No existe la entrada de lista de llamadas %1.</translation>
    </message>
    <message>
        <source>%1 has been called already; there is nothing to skip.</source>
        <translation>Ya se ha llamado a %1; no hay nada que omitir.</translation>
    </message>
    <message>
        <source>Unknown outcome &quot;%1&quot;; use one of: %2.</source>
        <translation>Resultado desconocido «%1»; use uno de estos: %2.</translation>
    </message>
    <message>
        <source>A call lasts between 0 seconds and a day, not %1 seconds.</source>
        <translation>Una llamada dura entre 0 segundos y un día, no %1 segundos.</translation>
    </message>
    <message>
        <source>&quot;Call back&quot; needs the date and time to call back.</source>
        <translation>«Volver a llamar» necesita la fecha y la hora de la nueva llamada.</translation>
    </message>
    <message>
        <source>The call-back time %1 is not in the future.</source>
        <translation>La hora para volver a llamar (%1) no es futura.</translation>
    </message>
    <message>
        <source>%1 is no longer in the queue (%2); there is no call to log.</source>
        <translation>%1 ya no está en la cola (%2); no hay ninguna llamada que registrar.</translation>
    </message>
    <message>
        <source>Unknown entity &quot;%1&quot;.</source>
        <translation>Entidad desconocida «%1».</translation>
    </message>
    <message>
        <source>Answer to &quot;%1&quot;: %2 has no such field.</source>
        <translation>Respuesta a «%1»: %2 no tiene ese campo.</translation>
    </message>
    <message>
        <source>Answer to &quot;%1&quot;: the field is set by Trato.</source>
        <translation>Respuesta a «%1»: el campo lo establece Trato.</translation>
    </message>
    <message>
        <source>Answer to &quot;%1&quot; (%2): %3</source>
        <translation>Respuesta a «%1» (%2): %3</translation>
    </message>
    <message>
        <source>The answers could not be saved: %1</source>
        <translation>No se han podido guardar las respuestas: %1</translation>
    </message>
    <message>
        <source>Call with %1</source>
        <translation>Llamada con %1</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>El periodo termina antes de empezar.</translation>
    </message>
</context>
<context>
    <name>trato::CallLog</name>
    <message>
        <source>A call log entry needs the caller&apos;s number.</source>
        <translation>Una entrada del registro de llamadas necesita el número de quien llama.</translation>
    </message>
    <message>
        <source>Incoming call from %1</source>
        <translation>Llamada entrante de %1</translation>
    </message>
    <message>
        <source>The call &quot;%1&quot; is already %2.</source>
        <translation>La llamada «%1» ya está %2.</translation>
    </message>
    <message>
        <source>Caller %1</source>
        <translation>Llamante %1</translation>
    </message>
</context>
<context>
    <name>trato::CallScript</name>
    <message>
        <source>Question line %1 (&quot;%2&quot;): write it as &quot;field | question&quot;.</source>
        <translation>Línea de pregunta %1 («%2»): escríbala como «campo | pregunta».</translation>
    </message>
    <message>
        <source>Question line %1: %2 has no field &quot;%3&quot;.</source>
        <translation>Línea de pregunta %1: %2 no tiene ningún campo «%3».</translation>
    </message>
    <message>
        <source>Question line %1: %2 is set by Trato; a question cannot change it.</source>
        <translation>Línea de pregunta %1: %2 lo establece Trato; una pregunta no puede cambiarlo.</translation>
    </message>
    <message>
        <source>Question line %1: the question for &quot;%2&quot; is missing.</source>
        <translation>Línea de pregunta %1: falta la pregunta de «%2».</translation>
    </message>
    <message>
        <source>Question line %1: &quot;%2&quot; is already asked on line %3.</source>
        <translation>Línea de pregunta %1: «%2» ya se pregunta en la línea %3.</translation>
    </message>
    <message>
        <source>This database has no call scripts.</source>
        <translation>Esta base de datos no tiene guiones de llamada.</translation>
    </message>
    <message>
        <source>There is no call script &quot;%1&quot;.</source>
        <translation>No hay ningún guion de llamada «%1».</translation>
    </message>
    <message>
        <source>Unknown entity &quot;%1&quot;.</source>
        <translation>Entidad desconocida «%1».</translation>
    </message>
</context>
<context>
    <name>trato::CallerListener</name>
    <message>
        <source>The bind address &quot;%1&quot; is not an IP address (such as 127.0.0.1, 192.168.1.10 or ::1).</source>
        <translation>La dirección de escucha «%1» no es una dirección IP (como 127.0.0.1, 192.168.1.10 o ::1).</translation>
    </message>
    <message>
        <source>Cannot listen for calls on %1 port %2: %3</source>
        <translation>No se pueden escuchar llamadas en %1, puerto %2: %3</translation>
    </message>
    <message>
        <source>The request took too long.</source>
        <translation>La petición ha tardado demasiado.</translation>
    </message>
    <message>
        <source>The request line is longer than %1 bytes.</source>
        <translation>La línea de petición ocupa más de %1 bytes.</translation>
    </message>
    <message>
        <source>The request is not valid UTF-8 text.</source>
        <translation>La petición no es texto UTF-8 válido.</translation>
    </message>
    <message>
        <source>The request head is longer than %1 bytes.</source>
        <translation>La cabecera de la petición ocupa más de %1 bytes.</translation>
    </message>
    <message>
        <source>The request line is not HTTP.</source>
        <translation>La línea de petición no es HTTP.</translation>
    </message>
    <message>
        <source>A header line has no name.</source>
        <translation>Una línea de cabecera no tiene nombre.</translation>
    </message>
    <message>
        <source>Not found: calls are announced with GET /call?number=...</source>
        <translation>No encontrado: las llamadas se anuncian con GET /call?number=...</translation>
    </message>
    <message>
        <source>Only GET is accepted.</source>
        <translation>Solo se acepta GET.</translation>
    </message>
    <message>
        <source>Calls cannot be announced from a web browser.</source>
        <translation>Las llamadas no se pueden anunciar desde un navegador web.</translation>
    </message>
    <message>
        <source>The token is missing or wrong.</source>
        <translation>Falta el token o es incorrecto.</translation>
    </message>
    <message>
        <source>The number parameter is missing: GET /call?number=...</source>
        <translation>Falta el parámetro number: GET /call?number=...</translation>
    </message>
    <message>
        <source>format must be json or name, not &quot;%1&quot;.</source>
        <translation>format debe ser json o name, no «%1».</translation>
    </message>
    <message>
        <source>Too many calls at once; try again in a second.</source>
        <translation>Demasiadas llamadas a la vez; vuelva a intentarlo en un segundo.</translation>
    </message>
</context>
<context>
    <name>trato::CallerLookup</name>
    <message>
        <source>No phone number was given.</source>
        <translation>No se ha indicado ningún número de teléfono.</translation>
    </message>
    <message>
        <source>&quot;%1…&quot; is not a phone number: it is too long.</source>
        <translation>«%1…» no es un número de teléfono: es demasiado largo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: only digits, spaces and + - . ( ) / may appear in one.</source>
        <translation>«%1» no es un número de teléfono: solo puede contener dígitos, espacios y + - . ( ) /.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is not a phone number: it has %n digit(s).</source>
        <translation>
            <numerusform>«%1» no es un número de teléfono: tiene %n dígito.</numerusform>
            <numerusform>«%1» no es un número de teléfono: tiene %n dígitos.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>«%1» no es un número de teléfono.</translation>
    </message>
</context>
<context>
    <name>trato::CallerPopups</name>
    <message>
        <source>Not listening for calls.</source>
        <translation>No se están escuchando llamadas.</translation>
    </message>
    <message>
        <source>Listening for calls on %1.</source>
        <translation>Escuchando llamadas en %1.</translation>
    </message>
</context>
<context>
    <name>trato::CallerWindow</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Test call — %1</source>
        <translation>Llamada de prueba — %1</translation>
    </message>
    <message>
        <source>Incoming call — %1</source>
        <translation>Llamada entrante — %1</translation>
    </message>
    <message>
        <source>Test call from %1</source>
        <translation>Llamada de prueba de %1</translation>
    </message>
    <message>
        <source>Incoming call from %1</source>
        <translation>Llamada entrante de %1</translation>
    </message>
    <message>
        <source>Caller ID name: %1</source>
        <translation>Nombre en el identificador de llamadas: %1</translation>
    </message>
    <message>
        <source>Call log</source>
        <translation>Registro de llamadas</translation>
    </message>
    <message>
        <source>A test call: nothing is logged.</source>
        <translation>Llamada de prueba: no se registra nada.</translation>
    </message>
    <message>
        <source>Logged as an inbound call in progress since %1.</source>
        <translation>Registrada como llamada entrante en curso desde %1.</translation>
    </message>
    <message>
        <source>The call could not be logged: %1</source>
        <translation>No se ha podido registrar la llamada: %1</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(elija)</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>What was said, what to do next</source>
        <translation>Qué se dijo y qué hacer a continuación</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>&amp;Abrir registro</translation>
    </message>
    <message>
        <source>Create &amp;lead</source>
        <translation>Crear &amp;pre-contacto</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Close this window; the call stays in progress in Activities.</source>
        <translation>Cierra esta ventana; la llamada sigue en curso en Actividades.</translation>
    </message>
    <message>
        <source>&amp;Complete call</source>
        <translation>&amp;Completar llamada</translation>
    </message>
    <message>
        <source>Not a phone number</source>
        <translation>No es un número de teléfono</translation>
    </message>
    <message>
        <source>Unknown number</source>
        <translation>Número desconocido</translation>
    </message>
    <message>
        <source>No contact, lead or account has this number. Create a lead to remember the caller.</source>
        <translation>Ningún contacto, pre-contacto ni cuenta tiene este número. Cree un pre-contacto para recordar a quien llama.</translation>
    </message>
    <message>
        <source>(calling)</source>
        <translation>(llamando)</translation>
    </message>
    <message>
        <source>Relationship: %1</source>
        <translation>Relación: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n más</numerusform>
            <numerusform>%n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Also has this number: %1</source>
        <translation>También tiene este número: %1</translation>
    </message>
    <message>
        <source>Recent history</source>
        <translation>Historial reciente</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>Nothing planned</source>
        <translation>Nada previsto</translation>
    </message>
    <message>
        <source>No activities yet</source>
        <translation>Aún no hay actividades</translation>
    </message>
    <message>
        <source>Create lead</source>
        <translation>Crear pre-contacto</translation>
    </message>
    <message>
        <source>Complete call</source>
        <translation>Completar llamada</translation>
    </message>
    <message>
        <source>Completed.</source>
        <translation>Completada.</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>Llamada entrante</translation>
    </message>
    <message>
        <source>The call with %1 is still in progress. Complete it now with the outcome &quot;%2&quot;?</source>
        <translation>La llamada con %1 sigue en curso. ¿Completarla ahora con el resultado «%2»?</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>&amp;Leave in progress</source>
        <translation>&amp;Dejar en curso</translation>
    </message>
</context>
<context>
    <name>trato::CampaignFigures</name>
    <message>
        <source>Campaign figures</source>
        <translation>Cifras de la campaña</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>Actual cost</source>
        <translation>Coste real</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Expected response</source>
        <translation>Respuesta prevista</translation>
    </message>
    <message>
        <source>Actual response</source>
        <translation>Respuesta real</translation>
    </message>
    <message>
        <source>Leads created</source>
        <translation>Pre-contactos creados</translation>
    </message>
    <message>
        <source>Cost per response</source>
        <translation>Coste por respuesta</translation>
    </message>
    <message>
        <source>Won revenue</source>
        <translation>Ingresos ganados</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Budget left</source>
        <translation>Presupuesto restante</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2 converted)</source>
        <translation>%1 (%2 convertidos)</translation>
    </message>
    <message>
        <source>Available once the sales module records opportunities</source>
        <translation>Disponible cuando el módulo Comercial registre oportunidades</translation>
    </message>
</context>
<context>
    <name>trato::CampaignMemberModel</name>
    <message>
        <source>(record removed)</source>
        <translation>(registro eliminado)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Status date</source>
        <translation>Fecha del estado</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>trato::CampaignMembersView</name>
    <message>
        <source>Add members…</source>
        <translation>Añadir miembros…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Miembros</translation>
    </message>
    <message>
        <source>Campaign members</source>
        <translation>Miembros de campaña</translation>
    </message>
    <message>
        <source>Add leads, contacts or accounts to this campaign</source>
        <translation>Añadir pre-contactos, contactos o cuentas a esta campaña</translation>
    </message>
    <message>
        <source>Set status ▸</source>
        <translation>Cambiar estado ▸</translation>
    </message>
    <message>
        <source>Set the status of the selected members</source>
        <translation>Cambiar el estado de los miembros seleccionados</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Cambiar estado</translation>
    </message>
    <message>
        <source>Remove the selected members from this campaign</source>
        <translation>Quitar de esta campaña los miembros seleccionados</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n seleccionado</numerusform>
            <numerusform>%n seleccionados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changing %n member(s)…</source>
        <translation>
            <numerusform>Cambiando %n miembro…</numerusform>
            <numerusform>Cambiando %n miembros…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) changed.</source>
        <translation>
            <numerusform>Se ha cambiado %n miembro.</numerusform>
            <numerusform>Se han cambiado %n miembros.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove members</source>
        <translation>Quitar miembros</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n member(s) from this campaign? The leads, contacts and accounts stay.</source>
        <translation>
            <numerusform>¿Quitar %n miembro de esta campaña? Los pre-contactos, contactos y cuentas se conservan.</numerusform>
            <numerusform>¿Quitar %n miembros de esta campaña? Los pre-contactos, contactos y cuentas se conservan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) removed.</source>
        <translation>
            <numerusform>Se ha quitado %n miembro.</numerusform>
            <numerusform>Se han quitado %n miembros.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trato::CampaignService</name>
    <message>
        <source>This database has no campaigns.</source>
        <translation>Esta base de datos no tiene campañas.</translation>
    </message>
    <message>
        <source>There is no campaign &quot;%1&quot;.</source>
        <translation>No hay ninguna campaña «%1».</translation>
    </message>
    <message>
        <source>The campaign &quot;%1&quot; is in the Trash; restore it first.</source>
        <translation>La campaña «%1» está en la Papelera; restáurela antes.</translation>
    </message>
    <message>
        <source>Campaign members are leads, contacts or accounts, not &quot;%1&quot;.</source>
        <translation>Los miembros de una campaña son pre-contactos, contactos o cuentas, no «%1».</translation>
    </message>
    <message>
        <source>There is no %1 with id %2.</source>
        <translation>No hay ningún registro de tipo %1 con id %2.</translation>
    </message>
    <message>
        <source>The %1 %2 is in the Trash.</source>
        <translation>El registro %2 de tipo %1 está en la Papelera.</translation>
    </message>
    <message>
        <source>There is no campaign with id %1.</source>
        <translation>No hay ninguna campaña con id %1.</translation>
    </message>
    <message>
        <source>The campaign is in the Trash; restore it first.</source>
        <translation>La campaña está en la Papelera; restáurela antes.</translation>
    </message>
    <message>
        <source>Cancelled; no members were added.</source>
        <translation>Cancelado; no se ha añadido ningún miembro.</translation>
    </message>
    <message>
        <source>%1 is not a member of this campaign.</source>
        <translation>%1 no es miembro de esta campaña.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a member status; use one of: %2.</source>
        <translation>«%1» no es un estado de miembro; use uno de estos: %2.</translation>
    </message>
    <message>
        <source>No members given.</source>
        <translation>No se ha indicado ningún miembro.</translation>
    </message>
</context>
<context>
    <name>trato::CatalogRules</name>
    <message>
        <source>The SKU %1 is already used by the product &quot;%2&quot;; each product needs its own SKU.</source>
        <translation>El SKU %1 ya lo usa el producto «%2»; cada producto necesita su propio SKU.</translation>
    </message>
    <message>
        <source>Barcode: %1 looks like an EAN/UPC code but its check digit is wrong.</source>
        <translation>Código de barras: %1 parece un código EAN/UPC, pero su dígito de control es incorrecto.</translation>
    </message>
    <message>
        <source>Unit price: %1 cannot be negative.</source>
        <translation>Precio unitario: %1 no puede ser negativo.</translation>
    </message>
    <message>
        <source>Cost: %1 cannot be negative.</source>
        <translation>Coste: %1 no puede ser negativo.</translation>
    </message>
    <message>
        <source>The code %1 is already used by the service &quot;%2&quot;; each service needs its own code.</source>
        <translation>El código %1 ya lo usa el servicio «%2»; cada servicio necesita su propio código.</translation>
    </message>
    <message>
        <source>There is already a product category named &quot;%1&quot;.</source>
        <translation>Ya existe una categoría de productos llamada «%1».</translation>
    </message>
    <message>
        <source>Parent category: a category cannot be inside itself or one of its own subcategories.</source>
        <translation>Categoría principal: una categoría no puede estar dentro de sí misma ni de una de sus subcategorías.</translation>
    </message>
</context>
<context>
    <name>trato::ChooseCampaignDialog</name>
    <message>
        <source>Add to campaign</source>
        <translation>Añadir a una campaña</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Already in %n open campaign(s).</source>
        <translation>
            <numerusform>Ya está en %n campaña abierta.</numerusform>
            <numerusform>Ya está en %n campañas abiertas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add to which campaign?</source>
        <translation>¿A qué campaña desea añadir el registro?</translation>
    </message>
    <message>
        <source>There is no open campaign to add to.</source>
        <translation>No hay ninguna campaña abierta a la que añadir el registro.</translation>
    </message>
</context>
<context>
    <name>trato::Cli</name>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation>opción desconocida «%1»</translation>
    </message>
    <message>
        <source>unknown option &quot;--%1&quot;</source>
        <translation>opción desconocida «--%1»</translation>
    </message>
    <message>
        <source>--%1 does not take a value</source>
        <translation>--%1 no lleva valor</translation>
    </message>
    <message>
        <source>--%1 needs a value (%2)</source>
        <translation>--%1 necesita un valor (%2)</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a whole number of zero or more</source>
        <translation>--%1: «%2» no es un número entero igual o mayor que cero</translation>
    </message>
    <message>
        <source>--%1 must be one of: %2</source>
        <translation>--%1 debe ser uno de: %2</translation>
    </message>
    <message>
        <source>--%1 is given more than once</source>
        <translation>--%1 aparece más de una vez</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 necesita un valor</translation>
    </message>
    <message>
        <source>--lang must be en or es, not &quot;%1&quot;</source>
        <translation>--lang debe ser en o es, no «%1»</translation>
    </message>
    <message>
        <source>Create it with &apos;%1 init&apos;, or choose another file with --db.</source>
        <translation>Créela con «%1 init» o elija otro archivo con --db.</translation>
    </message>
    <message>
        <source>Run &apos;%1 --help&apos; for the list of commands.</source>
        <translation>Ejecute «%1 --help» para ver la lista de órdenes.</translation>
    </message>
    <message>
        <source>Run &apos;%1 help %2&apos; for details.</source>
        <translation>Ejecute «%1 help %2» para ver los detalles.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>orden desconocida «%1»</translation>
    </message>
    <message>
        <source>missing arguments</source>
        <translation>faltan argumentos</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argumento inesperado «%1»</translation>
    </message>
    <message>
        <source>Output format (default: table)</source>
        <translation>Formato de salida (predeterminado: table)</translation>
    </message>
    <message>
        <source>Create or upgrade the database; print its path and schema version</source>
        <translation>Crea o actualiza la base de datos; muestra su ruta y su versión de esquema</translation>
    </message>
    <message>
        <source>Creates the database file (and its folder) if it does not exist, or upgrades an older one after taking a backup copy beside it.</source>
        <translation>Crea el archivo de la base de datos (y su carpeta) si no existe, o actualiza uno antiguo tras guardar una copia de seguridad a su lado.</translation>
    </message>
    <message>
        <source>Add deterministic demo data</source>
        <translation>Añade datos de demostración deterministas</translation>
    </message>
    <message>
        <source>Adds N contacts, N/8 accounts (at least 5) and N/4 leads (at least 10) of realistic Spanish and international small-business data. The same seed and size give the same data on every machine. Progress goes to stderr.</source>
        <translation>Añade N contactos, N/8 cuentas (al menos 5) y N/4 pre-contactos (al menos 10) con datos realistas de pequeñas empresas españolas e internacionales. La misma semilla y el mismo tamaño dan los mismos datos en cualquier equipo. El progreso se muestra en stderr.</translation>
    </message>
    <message>
        <source>Number of contacts (default: 200; up to 10000000)</source>
        <translation>Número de contactos (predeterminado: 200; hasta 10000000)</translation>
    </message>
    <message>
        <source>Seed of the generator (default: 1)</source>
        <translation>Semilla del generador (predeterminada: 1)</translation>
    </message>
    <message>
        <source>List the entities with their record counts</source>
        <translation>Lista las entidades con su número de registros</translation>
    </message>
    <message>
        <source>Describe the fields of an entity</source>
        <translation>Describe los campos de una entidad</translation>
    </message>
    <message>
        <source>Add a custom field to an entity</source>
        <translation>Añade un campo personalizado a una entidad</translation>
    </message>
    <message>
        <source>Field type</source>
        <translation>Tipo de campo</translation>
    </message>
    <message>
        <source>Label shown in forms and lists (default: NAME)</source>
        <translation>Etiqueta que se muestra en formularios y listas (predeterminada: NAME)</translation>
    </message>
    <message>
        <source>A value is required</source>
        <translation>El valor es obligatorio</translation>
    </message>
    <message>
        <source>A picklist value (repeat for each)</source>
        <translation>Un valor de la lista de selección (repítalo para cada uno)</translation>
    </message>
    <message>
        <source>The entity a relation points to</source>
        <translation>La entidad a la que apunta una relación</translation>
    </message>
    <message>
        <source>Show the field in lists by default</source>
        <translation>Muestra el campo en las listas de forma predeterminada</translation>
    </message>
    <message>
        <source>Include the field in search</source>
        <translation>Incluye el campo en la búsqueda</translation>
    </message>
    <message>
        <source>Remove a custom field and its values</source>
        <translation>Elimina un campo personalizado y sus valores</translation>
    </message>
    <message>
        <source>List records</source>
        <translation>Lista registros</translation>
    </message>
    <message>
        <source>Only records matching TEXT (accents ignored, words prefix-matched)</source>
        <translation>Solo los registros que coinciden con TEXT (sin distinguir acentos; cada palabra como prefijo)</translation>
    </message>
    <message>
        <source>Only records whose FIELD equals VALUE (repeat to combine)</source>
        <translation>Solo los registros cuyo FIELD es igual a VALUE (repítalo para combinar)</translation>
    </message>
    <message>
        <source>Sort by FIELD, ascending or :desc (default: the entity&apos;s sort)</source>
        <translation>Ordena por FIELD, ascendente o :desc (predeterminado: el orden de la entidad)</translation>
    </message>
    <message>
        <source>At most N records</source>
        <translation>Como máximo N registros</translation>
    </message>
    <message>
        <source>Skip the first N records</source>
        <translation>Omite los N primeros registros</translation>
    </message>
    <message>
        <source>List the records in the Trash instead</source>
        <translation>Lista en su lugar los registros de la Papelera</translation>
    </message>
    <message>
        <source>The fields to show, in order</source>
        <translation>Los campos que se muestran, en orden</translation>
    </message>
    <message>
        <source>Show every field of one record</source>
        <translation>Muestra todos los campos de un registro</translation>
    </message>
    <message>
        <source>Output format (default: text)</source>
        <translation>Formato de salida (predeterminado: text)</translation>
    </message>
    <message>
        <source>Add a record; print its id</source>
        <translation>Añade un registro; muestra su id</translation>
    </message>
    <message>
        <source>Change fields of a record</source>
        <translation>Cambia campos de un registro</translation>
    </message>
    <message>
        <source>Move a record to the Trash</source>
        <translation>Mueve un registro a la Papelera</translation>
    </message>
    <message>
        <source>Bring a record back from the Trash</source>
        <translation>Restaura un registro de la Papelera</translation>
    </message>
    <message>
        <source>Remove a record in the Trash for good</source>
        <translation>Elimina definitivamente un registro de la Papelera</translation>
    </message>
    <message>
        <source>List the records in the Trash</source>
        <translation>Lista los registros de la Papelera</translation>
    </message>
    <message>
        <source>Show who changed what and when</source>
        <translation>Muestra quién cambió qué y cuándo</translation>
    </message>
    <message>
        <source>Search every entity</source>
        <translation>Busca en todas las entidades</translation>
    </message>
    <message>
        <source>Accents and case are ignored and every word is matched as a prefix.</source>
        <translation>No distingue acentos ni mayúsculas, y cada palabra se busca como prefijo.</translation>
    </message>
    <message>
        <source>At most N results per entity (default: 10)</source>
        <translation>Como máximo N resultados por entidad (predeterminado: 10)</translation>
    </message>
    <message>
        <source>Run the database integrity check</source>
        <translation>Comprueba la integridad de la base de datos</translation>
    </message>
    <message>
        <source>Write a consistent copy of the database to FILE</source>
        <translation>Escribe una copia coherente de la base de datos en FILE</translation>
    </message>
    <message>
        <source>Show help for a command</source>
        <translation>Muestra la ayuda de una orden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not FIELD=VALUE</source>
        <translation>«%1» no tiene la forma CAMPO=VALOR</translation>
    </message>
    <message>
        <source>%1 is given more than once</source>
        <translation>%1 aparece más de una vez</translation>
    </message>
    <message>
        <source>unknown entity &quot;%1&quot;; the entities are: %2</source>
        <translation>entidad desconocida «%1»; las entidades son: %2</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Versión de esquema: %1</translation>
    </message>
    <message>
        <source>Copy taken before upgrading: %1</source>
        <translation>Copia guardada antes de actualizar: %1</translation>
    </message>
    <message>
        <source>Generating demo data: %1% (%2 of %3 records)</source>
        <translation>Generando datos de demostración: %1 % (%2 de %3 registros)</translation>
    </message>
    <message>
        <source>%1: the integrity check found no problems.</source>
        <translation>%1: la comprobación de integridad no ha encontrado problemas.</translation>
    </message>
    <message>
        <source>--type is required (one of: %1)</source>
        <translation>--type es obligatorio (uno de: %1)</translation>
    </message>
    <message>
        <source>unknown field type &quot;%1&quot;; the types are: %2</source>
        <translation>tipo de campo desconocido «%1»; los tipos son: %2</translation>
    </message>
    <message>
        <source>--option is only for picklist and multi_picklist fields</source>
        <translation>--option solo sirve para campos picklist y multi_picklist</translation>
    </message>
    <message>
        <source>--option &quot;%1&quot; has no value</source>
        <translation>--option «%1» no tiene valor</translation>
    </message>
    <message>
        <source>--target is only for relation fields</source>
        <translation>--target solo sirve para campos de relación</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Uso: %1</translation>
    </message>
    <message>
        <source>Usage: %1 [--db PATH] [--lang en|es] COMMAND [ARGUMENTS]</source>
        <translation>Uso: %1 [--db RUTA] [--lang en|es] ORDEN [ARGUMENTOS]</translation>
    </message>
    <message>
        <source>Trato&apos;s command line: the same database and rules as the desktop application.</source>
        <translation>La línea de órdenes de Trato: la misma base de datos y las mismas reglas que la aplicación de escritorio.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Órdenes:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Opciones globales:</translation>
    </message>
    <message>
        <source>The database file (default: $TRATO_DB, else the one chosen in Trato&apos;s Settings, else %1)</source>
        <translation>El archivo de la base de datos (predeterminado: $TRATO_DB; si no, el elegido en la Configuración de Trato; si no, %1)</translation>
    </message>
    <message>
        <source>Language of messages (default: the system&apos;s, from LANG)</source>
        <translation>Idioma de los mensajes (predeterminado: el del sistema, según LANG)</translation>
    </message>
    <message>
        <source>Print the version and exit</source>
        <translation>Muestra la versión y termina</translation>
    </message>
    <message>
        <source>Show this help; &apos;%1 help COMMAND&apos; shows one command</source>
        <translation>Muestra esta ayuda; «%1 help ORDEN» muestra una orden</translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 1 usage error, 2 bad input or data error (nothing was written), 3 other failure.</source>
        <translation>Códigos de salida: 0 hecho, 1 error de uso, 2 entrada incorrecta o error de datos (no se ha escrito nada), 3 otro fallo.</translation>
    </message>
    <message>
        <source>Environment: TRATO_DB (database file), TRATO_USER (who writes), LANG (language).</source>
        <translation>Entorno: TRATO_DB (archivo de la base de datos), TRATO_USER (quién escribe), LANG (idioma).</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opciones:</translation>
    </message>
    <message>
        <source>Global options --db PATH and --lang en|es work with every command.</source>
        <translation>Las opciones globales --db RUTA y --lang en|es valen para todas las órdenes.</translation>
    </message>
    <message>
        <source>created</source>
        <translation>creado</translation>
    </message>
    <message>
        <source>created in bulk (%1)</source>
        <translation>creado en bloque (%1)</translation>
    </message>
    <message>
        <source>purged</source>
        <translation>eliminado definitivamente</translation>
    </message>
    <message>
        <source>moved to the Trash</source>
        <translation>movido a la Papelera</translation>
    </message>
    <message>
        <source>restored from the Trash</source>
        <translation>restaurado de la Papelera</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>outside Trato</source>
        <translation>fuera de Trato</translation>
    </message>
    <message>
        <source>%1 has no field &quot;%2&quot;; its fields are: %3</source>
        <translation>%1 no tiene el campo «%2»; sus campos son: %3</translation>
    </message>
    <message>
        <source>--fields names no field</source>
        <translation>--fields no indica ningún campo</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>--where &quot;%1&quot; is not FIELD=VALUE</source>
        <translation>--where «%1» no tiene la forma CAMPO=VALOR</translation>
    </message>
    <message>
        <source>--sort &quot;%1&quot;: the direction after &apos;:&apos; is asc or desc</source>
        <translation>--sort «%1»: la dirección tras «:» es asc o desc</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>--status must be one of: %1</source>
        <translation>--status debe ser uno de: %1</translation>
    </message>
    <message>
        <source>campaign members are %1, not &quot;%2&quot;</source>
        <translation>los miembros de una campaña son %1, no «%2»</translation>
    </message>
    <message>
        <source>give record ids or --search/--where/--segment/--all, not both</source>
        <translation>indique ids de registro o --search/--where/--segment/--all, no ambas cosas</translation>
    </message>
    <message>
        <source>say which records: ids, --search, --where, --segment or --all</source>
        <translation>indique qué registros: ids, --search, --where, --segment o --all</translation>
    </message>
    <message>
        <source>--dry-run works with --search, --where, --segment or --all</source>
        <translation>--dry-run solo funciona con --search, --where, --segment o --all</translation>
    </message>
    <message>
        <source>segment &quot;%1&quot; lists %2 records, not %3</source>
        <translation>el segmento «%1» contiene registros de %2, no de %3</translation>
    </message>
    <message>
        <source>%1 records read<byte value="xd"/></source>
        <translation>%1 registros leídos<byte value="xd"/></translation>
    </message>
    <message>
        <source>Would add</source>
        <translation>Se añadirían</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadidos</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Coincidentes</translation>
    </message>
    <message>
        <source>Already members</source>
        <translation>Ya eran miembros</translation>
    </message>
    <message>
        <source>Skipped: email opt-out</source>
        <translation>Omitidos por «No desea correos»</translation>
    </message>
    <message>
        <source>Skipped: do not call</source>
        <translation>Omitidos por «No llamar»</translation>
    </message>
    <message>
        <source>Added with email opt-out</source>
        <translation>Añadidos con «No desea correos»</translation>
    </message>
    <message>
        <source>Added with do not call</source>
        <translation>Añadidos con «No llamar»</translation>
    </message>
    <message>
        <source>--to STATUS is required</source>
        <translation>--to STATUS es obligatorio</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) changed</source>
        <translation>
            <numerusform>Se ha cambiado %n miembro</numerusform>
            <numerusform>Se han cambiado %n miembros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) removed</source>
        <translation>
            <numerusform>Se ha quitado %n miembro</numerusform>
            <numerusform>Se han quitado %n miembros</numerusform>
        </translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Response rate</source>
        <translation>Tasa de respuesta</translation>
    </message>
    <message>
        <source>Expected response</source>
        <translation>Respuesta prevista</translation>
    </message>
    <message>
        <source>Leads created</source>
        <translation>Pre-contactos creados</translation>
    </message>
    <message>
        <source>Converted leads</source>
        <translation>Pre-contactos convertidos</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Oportunidades</translation>
    </message>
    <message>
        <source>Won opportunities</source>
        <translation>Oportunidades ganadas</translation>
    </message>
    <message>
        <source>Won revenue</source>
        <translation>Ingresos ganados</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>Actual cost</source>
        <translation>Coste real</translation>
    </message>
    <message>
        <source>Budget remaining</source>
        <translation>Presupuesto restante</translation>
    </message>
    <message>
        <source>Cost per response</source>
        <translation>Coste por respuesta</translation>
    </message>
    <message>
        <source>Net return</source>
        <translation>Beneficio neto</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>--region must be a two-letter ISO country code such as ES, not &quot;%1&quot;</source>
        <translation>--region debe ser un código de país ISO de dos letras, como ES, no «%1»</translation>
    </message>
    <message>
        <source>%1: say what to do: %2</source>
        <translation>%1: indique qué hacer: %2</translation>
    </message>
    <message>
        <source>Refuse (exit 2, nothing written) when likely duplicates exist</source>
        <translation>Rechaza la operación (código de salida 2, no se escribe nada) si existen probables duplicados</translation>
    </message>
    <message>
        <source>NAME is lower snake_case. TYPE is one of: text, long_text, email, phone, url, integer, decimal, money, percent, date, datetime, bool, picklist, multi_picklist, relation, tags. Picklists need at least one --option; relations need --target.</source>
        <translation>NAME va en minúsculas con formato snake_case. TYPE es uno de: text, long_text, email, phone, url, integer, decimal, money, percent, date, datetime, bool, picklist, multi_picklist, relation, tags. Las listas de selección necesitan al menos una --option; las relaciones necesitan --target.</translation>
    </message>
    <message>
        <source>The table shows the entity&apos;s list fields plus id; csv and json give every field unless --fields says otherwise. Relations show the related record&apos;s name; csv and json add its id as FIELD_id. A --where CONDITION is FIELD OP VALUE: = != ~ (contains) ^= (starts with) &lt; &lt;= &gt; &gt;=; on dates &lt;Nd is within the last N days and &gt;Nd more than N days ago; on tags =TAG has the tag. Values are read like input values (a relation by id or name); FIELD= and FIELD!= match empty and non-empty fields. Search matches where a field equals the whole text come first.</source>
        <translation>La tabla muestra los campos que la entidad presenta en las listas, más el id; csv y json dan todos los campos salvo que --fields indique otra cosa. Las relaciones muestran el nombre del registro relacionado; csv y json añaden además su id como FIELD_id. Una CONDITION de --where tiene la forma FIELD OP VALUE: = != ~ (contiene) ^= (empieza por) &lt; &lt;= &gt; &gt;=; en las fechas, &lt;Nd significa «en los últimos N días» y &gt;Nd, «hace más de N días»; en las etiquetas, =TAG significa «tiene la etiqueta». Los valores se leen igual que al introducirlos (una relación, por id o por nombre); FIELD= y FIELD!= coinciden con los campos vacíos y no vacíos, respectivamente. En la búsqueda aparecen primero los registros en los que un campo es igual al texto completo.</translation>
    </message>
    <message>
        <source>Only records meeting CONDITION, e.g. city=Madrid (repeat to combine)</source>
        <translation>Solo los registros que cumplen CONDITION, p. ej., city=Madrid (repítalo para combinar)</translation>
    </message>
    <message>
        <source>Only the records of a saved segment</source>
        <translation>Solo los registros de un segmento guardado</translation>
    </message>
    <message>
        <source>Values are read as people type them: see docs/CLI.md for each field type. Example:
  id=$(trato-cli add contact first_name=Ana last_name=Ruiz account=&quot;Talleres Ruiz S.L.&quot;)
Likely duplicates (same email, phone, or name and company) are listed on stderr; the record is still added unless --no-duplicates is given.</source>
        <translation>Los valores se leen tal como los escribiría una persona: consulte docs/CLI.md para cada tipo de campo. Ejemplo:
  id=$(trato-cli add contact first_name=Ana last_name=Ruiz account=&quot;Talleres Ruiz S.L.&quot;)
Los probables duplicados (mismo correo electrónico, teléfono, o nombre y empresa) se listan en stderr; el registro se añade de todos modos salvo que se indique --no-duplicates.</translation>
    </message>
    <message>
        <source>An empty value (FIELD=) clears the field. Likely duplicates are listed on stderr, as for add.</source>
        <translation>Un valor vacío (FIELD=) borra el campo. Los probables duplicados se listan en stderr, igual que con add.</translation>
    </message>
    <message>
        <source>Import records from a CSV or vCard file, or revert an import</source>
        <translation>Importa registros desde un archivo CSV o vCard, o revierte una importación</translation>
    </message>
    <message>
        <source>Columns are recognized by their headers (Outlook, Google Contacts, Spanish spreadsheets, field names and labels); --map HEADER=FIELD sets one (FIELD &quot;-&quot; ignores the column). The mapping used is remembered for files with the same headers. Duplicates (same email, personal phone, or name and company) are skipped, update the match, or are created anyway. All or nothing: one bad row and nothing is written, every bad row is reported with its line and column (exit 2); --partial imports the good rows. Prints the counts and the import id; --revert undoes an import (refused if its records were changed since, unless --force).</source>
        <translation>Las columnas se reconocen por sus cabeceras (Outlook, Google Contactos, hojas de cálculo en español, nombres y etiquetas de campos); --map HEADER=FIELD asigna una (FIELD «-» ignora la columna). La correspondencia usada se recuerda para los archivos con las mismas cabeceras. Los duplicados (mismo correo electrónico, teléfono personal, o nombre y empresa) se omiten, actualizan el registro coincidente o se crean de todos modos. Todo o nada: basta una fila errónea para que no se escriba nada, y cada fila errónea se indica con su línea y su columna (código de salida 2); --partial importa las filas correctas. Muestra los recuentos y el id de la importación; --revert deshace una importación (se rechaza si sus registros se han modificado desde entonces, salvo con --force).</translation>
    </message>
    <message>
        <source>File format (default: from the file)</source>
        <translation>Formato del archivo (predeterminado: según el archivo)</translation>
    </message>
    <message>
        <source>Put column HEADER into FIELD (repeat for each)</source>
        <translation>Lleva la columna HEADER al campo FIELD (repítalo para cada una)</translation>
    </message>
    <message>
        <source>What to do with a duplicate (default: skip)</source>
        <translation>Qué hacer con un duplicado (predeterminado: skip)</translation>
    </message>
    <message>
        <source>Check and count everything, write nothing</source>
        <translation>Lo comprueba y lo cuenta todo, sin escribir nada</translation>
    </message>
    <message>
        <source>Import the good rows even if some are bad</source>
        <translation>Importa las filas correctas aunque haya alguna errónea</translation>
    </message>
    <message>
        <source>Create related records named in the file that do not exist (accounts)</source>
        <translation>Crea los registros relacionados que se nombran en el archivo y no existen (cuentas)</translation>
    </message>
    <message>
        <source>Field separator (default: detected; &quot;tab&quot; for a tab)</source>
        <translation>Separador de campos (predeterminado: detectado; «tab» para un tabulador)</translation>
    </message>
    <message>
        <source>Text encoding (default: detected)</source>
        <translation>Codificación del texto (predeterminada: detectada)</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>Deshace esta importación</translation>
    </message>
    <message>
        <source>Revert even if its records were changed since</source>
        <translation>Revierte aunque sus registros se hayan modificado desde entonces</translation>
    </message>
    <message>
        <source>List the import log</source>
        <translation>Lista el historial de importaciones</translation>
    </message>
    <message>
        <source>Export records to a CSV or vCard 4.0 file</source>
        <translation>Exporta registros a un archivo CSV o vCard 4.0</translation>
    </message>
    <message>
        <source>CSV is UTF-8 with a BOM by default (Excel and LibreOffice read the accents right), CRLF line ends and RFC 4180 quoting; relations are written as the related record&apos;s name, so the file imports back. Windows-1252 refuses characters it cannot hold.</source>
        <translation>De forma predeterminada, el CSV va en UTF-8 con BOM (así Excel y LibreOffice leen bien los acentos), con finales de línea CRLF y entrecomillado RFC 4180; las relaciones se escriben con el nombre del registro relacionado, de modo que el archivo se puede volver a importar. Windows-1252 rechaza los caracteres que no puede representar.</translation>
    </message>
    <message>
        <source>File format (default: csv)</source>
        <translation>Formato del archivo (predeterminado: csv)</translation>
    </message>
    <message>
        <source>Only records matching TEXT</source>
        <translation>Solo los registros que coinciden con TEXT</translation>
    </message>
    <message>
        <source>Field separator (default: comma; &quot;tab&quot; for a tab)</source>
        <translation>Separador de campos (predeterminado: coma; «tab» para un tabulador)</translation>
    </message>
    <message>
        <source>Text encoding (default: utf-8-bom)</source>
        <translation>Codificación del texto (predeterminada: utf-8-bom)</translation>
    </message>
    <message>
        <source>Headers are field labels instead of names</source>
        <translation>Las cabeceras son las etiquetas de los campos en lugar de sus nombres</translation>
    </message>
    <message>
        <source>List a campaign&apos;s members</source>
        <translation>Lista los miembros de una campaña</translation>
    </message>
    <message>
        <source>CAMPAIGN is the campaign&apos;s id or exact name. Each member shows its id, the lead, contact or account it stands for, its status and the date of that status.</source>
        <translation>CAMPAIGN es el id o el nombre exacto de la campaña. De cada miembro se muestra su id, el pre-contacto, contacto o cuenta al que corresponde, su estado y la fecha de ese estado.</translation>
    </message>
    <message>
        <source>Only members with this status (planned, sent, responded, converted, opted_out)</source>
        <translation>Solo los miembros con este estado (planned, sent, responded, converted, opted_out)</translation>
    </message>
    <message>
        <source>Add leads, contacts or accounts to a campaign</source>
        <translation>Añade pre-contactos, contactos o cuentas a una campaña</translation>
    </message>
    <message>
        <source>ENTITY is lead, contact or account. Give record ids, or --search/--where to add every record that matches (as in list), the records of a saved --segment, or --all. Records already in the campaign are skipped; email campaigns skip contacts who opted out of email and telemarketing campaigns skip do-not-call contacts. All of it is one transaction. Prints what was added and skipped.</source>
        <translation>ENTITY es lead, contact o account. Indique ids de registro, o --search/--where para añadir todos los registros que coincidan (como en list), los registros de un segmento guardado con --segment, o --all. Se omiten los registros que ya están en la campaña; las campañas de correo electrónico omiten los contactos que no desean correos, y las de telemarketing, los marcados como «No llamar». Todo se hace en una sola transacción. Muestra lo que se ha añadido y lo que se ha omitido.</translation>
    </message>
    <message>
        <source>A condition as for list --where (repeat to combine)</source>
        <translation>Una condición, como en list --where (repítalo para combinar)</translation>
    </message>
    <message>
        <source>The records of a saved segment of ENTITY</source>
        <translation>Los registros de un segmento guardado de ENTITY</translation>
    </message>
    <message>
        <source>Every record of ENTITY</source>
        <translation>Todos los registros de ENTITY</translation>
    </message>
    <message>
        <source>Count what would be added without writing</source>
        <translation>Cuenta lo que se añadiría, sin escribir nada</translation>
    </message>
    <message>
        <source>Set the status of campaign members</source>
        <translation>Cambia el estado de miembros de una campaña</translation>
    </message>
    <message>
        <source>Each ID is a member id or the id of the lead, contact or account in the campaign. The status date becomes today. An ID that is not a member refuses the whole command.</source>
        <translation>Cada ID es un id de miembro o el id del pre-contacto, contacto o cuenta en la campaña. La fecha del estado pasa a ser la de hoy. Si algún ID no es miembro, se rechaza la orden entera.</translation>
    </message>
    <message>
        <source>The new status</source>
        <translation>El nuevo estado</translation>
    </message>
    <message>
        <source>Remove members from a campaign</source>
        <translation>Quita miembros de una campaña</translation>
    </message>
    <message>
        <source>Each ID is a member id or the id of the lead, contact or account in the campaign. An ID that is not a member refuses the whole command.</source>
        <translation>Cada ID es un id de miembro o el id del pre-contacto, contacto o cuenta en la campaña. Si algún ID no es miembro, se rechaza la orden entera.</translation>
    </message>
    <message>
        <source>Show a campaign&apos;s figures: members, responses, leads, cost and ROI</source>
        <translation>Muestra las cifras de una campaña: miembros, respuestas, pre-contactos, coste y ROI</translation>
    </message>
    <message>
        <source>Figures are computed from the members, the leads whose campaign this is and, when the sales module is present, the opportunities attributed to it. A figure that cannot be computed is shown as &quot;n/a&quot; (null in JSON).</source>
        <translation>Las cifras se calculan a partir de los miembros, de los pre-contactos que tienen asignada esta campaña y, si existe el módulo Comercial, de las oportunidades que se le atribuyen. Una cifra que no se puede calcular se muestra como «n/d» (null en JSON).</translation>
    </message>
    <message>
        <source>Save a filter as a named segment; print its id</source>
        <translation>Guarda un filtro como segmento con nombre; muestra su id</translation>
    </message>
    <message>
        <source>Conditions are written as for list --where. Day conditions stay relative: a segment with updated_at&gt;90d means 90 days before the moment it is used. Example:
  trato-cli segment add account &quot;Madrid customers, quiet&quot; --where city=Madrid --where type=customer --where &quot;updated_at&gt;90d&quot;</source>
        <translation>Las condiciones se escriben como en list --where. Las condiciones en días siguen siendo relativas: en un segmento, updated_at&gt;90d significa 90 días antes del momento en que se usa. Ejemplo:
  trato-cli segment add account &quot;Clientes de Madrid sin actividad&quot; --where city=Madrid --where type=customer --where &quot;updated_at&gt;90d&quot;</translation>
    </message>
    <message>
        <source>A condition (repeat to combine)</source>
        <translation>Una condición (repítalo para combinar)</translation>
    </message>
    <message>
        <source>Search text the records must match</source>
        <translation>Texto de búsqueda con el que deben coincidir los registros</translation>
    </message>
    <message>
        <source>Sort order of the segment&apos;s list</source>
        <translation>Orden de la lista del segmento</translation>
    </message>
    <message>
        <source>List the saved segments</source>
        <translation>Lista los segmentos guardados</translation>
    </message>
    <message>
        <source>Show a segment and how many records it has</source>
        <translation>Muestra un segmento y cuántos registros tiene</translation>
    </message>
    <message>
        <source>Delete a segment (its records stay)</source>
        <translation>Elimina un segmento (sus registros se conservan)</translation>
    </message>
    <message>
        <source>Add tags to a record</source>
        <translation>Añade etiquetas a un registro</translation>
    </message>
    <message>
        <source>Each TAG is one tag (quote tags with spaces: &quot;feria 2025&quot;); capitals are ignored when matching. Find tagged records with: list ENTITY --where tags=TAG</source>
        <translation>Cada TAG es una etiqueta (ponga entre comillas las que tengan espacios: &quot;feria 2025&quot;); al comparar no se distinguen mayúsculas y minúsculas. Busque los registros etiquetados con: list ENTITY --where tags=TAG</translation>
    </message>
    <message>
        <source>Remove tags from a record</source>
        <translation>Quita etiquetas de un registro</translation>
    </message>
    <message>
        <source>List the tags in use with their record counts</source>
        <translation>Lista las etiquetas en uso con su número de registros</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Looking for duplicates: %1 of %2 records</source>
        <translation>Buscando duplicados: %1 de %2 registros</translation>
    </message>
    <message>
        <source>Groups of duplicates: %1 (%2 records) among %3 %4.</source>
        <translation>Grupos de duplicados: %1 (%2 registros) entre %3 %4.</translation>
    </message>
    <message>
        <source>--take wants FIELD=ID, not &quot;%1&quot;</source>
        <translation>--take espera la forma CAMPO=ID, no «%1»</translation>
    </message>
    <message>
        <source>--take %1 is given more than once</source>
        <translation>--take %1 aparece más de una vez</translation>
    </message>
    <message>
        <source>Merged %1 records into %2 (they are in the Trash); %3 related records now point to it.</source>
        <translation>Se han fusionado %1 registros en %2 (están en la Papelera); ahora %3 registros relacionados apuntan a él.</translation>
    </message>
    <message>
        <source>only leads are converted: convert lead ID</source>
        <translation>solo se convierten pre-contactos: convert lead ID</translation>
    </message>
    <message>
        <source>--account and --no-account exclude each other</source>
        <translation>--account y --no-account se excluyen mutuamente</translation>
    </message>
    <message>
        <source>existing</source>
        <translation>existente</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>Find duplicate records</source>
        <translation>Busca registros duplicados</translation>
    </message>
    <message>
        <source>Without ID: every group of records that share an email, a phone number (compared as E.164 with --region), or a name together with the same company/account (accounts: the company name without S.L., Ltd, GmbH...), one row per record, numbered by group, largest groups first. With ID: the likely duplicates of that record, best first; --all adds those with only the same name.</source>
        <translation>Sin ID: todos los grupos de registros que comparten un correo electrónico, un número de teléfono (comparado en formato E.164 con --region) o un nombre junto con la misma empresa/cuenta (en las cuentas, el nombre de la empresa sin S.L., Ltd, GmbH...), una fila por registro, numerados por grupo, primero los grupos más grandes. Con ID: los probables duplicados de ese registro, primero los más probables; --all añade los que solo tienen el mismo nombre.</translation>
    </message>
    <message>
        <source>With ID: also records with only a similar name</source>
        <translation>Con ID: también los registros que solo tienen un nombre parecido</translation>
    </message>
    <message>
        <source>At most N groups (or candidates with ID)</source>
        <translation>Como máximo N grupos (o candidatos, con ID)</translation>
    </message>
    <message>
        <source>Merge duplicates into one record</source>
        <translation>Fusiona duplicados en un solo registro</translation>
    </message>
    <message>
        <source>KEEP_ID keeps its values except for each --take FIELD=ID, which takes FIELD from record ID. Every record pointing at an OTHER_ID (contacts of an account, custom relations...) then points at KEEP_ID, and the others go to the Trash. One transaction: all of it or, on any error, nothing. Prints KEEP_ID.</source>
        <translation>KEEP_ID conserva sus valores salvo en cada --take FIELD=ID, que toma FIELD del registro ID. Todos los registros que apuntan a un OTHER_ID (contactos de una cuenta, relaciones personalizadas...) pasan a apuntar a KEEP_ID, y los demás registros van a la Papelera. Una sola transacción: se hace todo o, ante cualquier error, nada. Muestra KEEP_ID.</translation>
    </message>
    <message>
        <source>Take FIELD&apos;s value from record ID (repeat for each field)</source>
        <translation>Toma el valor de FIELD del registro ID (repítalo para cada campo)</translation>
    </message>
    <message>
        <source>Convert a lead into an account and a contact</source>
        <translation>Convierte un pre-contacto en una cuenta y un contacto</translation>
    </message>
    <message>
        <source>Creates an account from the lead&apos;s company and a contact from the person, or links the existing ones given (by id or exact name). The lead stays, marked converted; its campaign memberships are marked converted. A lead is converted once; a disqualified lead must be requalified first.</source>
        <translation>Crea una cuenta a partir de la empresa del pre-contacto y un contacto a partir de la persona, o vincula los existentes que se indiquen (por id o nombre exacto). El pre-contacto se conserva, marcado como convertido; sus participaciones en campañas se marcan como convertidas. Un pre-contacto solo se convierte una vez; si está descartado, antes hay que volver a cualificarlo.</translation>
    </message>
    <message>
        <source>Link this existing account instead of creating one</source>
        <translation>Vincula esta cuenta existente en lugar de crear una</translation>
    </message>
    <message>
        <source>Link this existing contact instead of creating one</source>
        <translation>Vincula este contacto existente en lugar de crear uno</translation>
    </message>
    <message>
        <source>Create no account (a private person)</source>
        <translation>No crea ninguna cuenta (particular)</translation>
    </message>
    <message>
        <source>refused: likely duplicates of this %1 exist (nothing was written):</source>
        <translation>rechazado: existen probables duplicados de este registro de %1 (no se ha escrito nada):</translation>
    </message>
    <message>
        <source>warning: likely duplicates of this %1:</source>
        <translation>aviso: probables duplicados de este registro de %1:</translation>
    </message>
    <message>
        <source>Phone region for duplicate detection, an ISO country code (default: Settings, else the system&apos;s)</source>
        <translation>Región telefónica para detectar duplicados, un código de país ISO (predeterminada: la de la Configuración; si no, la del sistema)</translation>
    </message>
    <message>
        <source>--delimiter must be one character (or &quot;tab&quot;), not &quot;%1&quot;</source>
        <translation>--delimiter debe ser un solo carácter (o «tab»), no «%1»</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <source>Reverted import %1: %2 records deleted, %3 restored.</source>
        <translation>Importación %1 revertida: %2 registros eliminados, %3 restaurados.</translation>
    </message>
    <message>
        <source>import --revert IMPORT_ID takes no ENTITY or FILE</source>
        <translation>import --revert IMPORT_ID no admite ENTITY ni FILE</translation>
    </message>
    <message>
        <source>import needs ENTITY and FILE (or --revert IMPORT_ID)</source>
        <translation>import necesita ENTITY y FILE (o --revert IMPORT_ID)</translation>
    </message>
    <message>
        <source>%1: there is no such file</source>
        <translation>%1: no existe ese archivo</translation>
    </message>
    <message>
        <source>--map &quot;%1&quot; is not HEADER=FIELD</source>
        <translation>--map «%1» no tiene la forma CABECERA=CAMPO</translation>
    </message>
    <message>
        <source>... and %1 more bad rows</source>
        <translation>... y %1 filas erróneas más</translation>
    </message>
    <message>
        <source>trato-cli: nothing was imported: %1 of %2 rows have errors (fix them, or import the good rows with --partial)</source>
        <translation>trato-cli: no se ha importado nada: %1 de %2 filas tienen errores (corríjalas o importe las filas correctas con --partial)</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Creados: %1</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Actualizados: %1</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Omitidos: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fallidos: %1</translation>
    </message>
    <message>
        <source>Related records created: %1</source>
        <translation>Registros relacionados creados: %1</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Simulación: no se ha escrito nada.</translation>
    </message>
    <message>
        <source>Import id: %1</source>
        <translation>Id de importación: %1</translation>
    </message>
    <message>
        <source>%1 has no field &quot;%2&quot;</source>
        <translation>%1 no tiene ningún campo «%2»</translation>
    </message>
    <message>
        <source>Exported %1 records to %2.</source>
        <translation>Se han exportado %1 registros a %2.</translation>
    </message>
    <message>
        <source>a segment needs at least one --where or a --search</source>
        <translation>un segmento necesita al menos un --where o un --search</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entidad</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Condición</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a date and time (for example 2026-05-04T10:30).</source>
        <translation>--%1: «%2» no es una fecha y hora (por ejemplo, 2026-05-04T10:30).</translation>
    </message>
    <message>
        <source>--for takes account:ID, contact:ID or lead:ID, not &quot;%1&quot;.</source>
        <translation>--for admite account:ID, contact:ID o lead:ID, no «%1».</translation>
    </message>
    <message>
        <source>Say when with --at DATETIME.</source>
        <translation>Indique cuándo con --at DATETIME.</translation>
    </message>
    <message>
        <source>Choose one: a next step (--next-in/--next-at/--next-kind/--next-subject), --no-next or --close.</source>
        <translation>Elija una opción: un siguiente paso (--next-in/--next-at/--next-kind/--next-subject), --no-next o --close.</translation>
    </message>
    <message>
        <source>Give --next-in or --next-at, not both.</source>
        <translation>Indique --next-in o --next-at, no ambos.</translation>
    </message>
    <message>
        <source>--next-in takes a duration such as 30m, 3h, 2d or 1w, not &quot;%1&quot;.</source>
        <translation>--next-in admite una duración como 30m, 3h, 2d o 1w, no «%1».</translation>
    </message>
    <message>
        <source>Completed.</source>
        <translation>Completada.</translation>
    </message>
    <message>
        <source>Next step: %1 %2 &quot;%3&quot; at %4</source>
        <translation>Siguiente paso: %1 %2 «%3» para %4</translation>
    </message>
    <message>
        <source>Closed %1 %2.</source>
        <translation>Se ha cerrado %1 %2.</translation>
    </message>
    <message>
        <source>No next step.</source>
        <translation>Sin siguiente paso.</translation>
    </message>
    <message numerus="yes">
        <source>%n activities moved to the Trash.</source>
        <translation>
            <numerusform>%n actividad movida a la Papelera.</numerusform>
            <numerusform>%n actividades movidas a la Papelera.</numerusform>
        </translation>
    </message>
    <message>
        <source>--entity must be lead, contact or account.</source>
        <translation>--entity debe ser lead, contact o account.</translation>
    </message>
    <message numerus="yes">
        <source>%n records updated.</source>
        <translation>
            <numerusform>%n registro actualizado.</numerusform>
            <numerusform>%n registros actualizados.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sales loop is &quot;suggest&quot; or &quot;require&quot;, not &quot;%1&quot;.</source>
        <translation>El ciclo de ventas es «suggest» o «require», no «%1».</translation>
    </message>
    <message>
        <source>Schedule a call, meeting, visit or task; print its id</source>
        <translation>Programa una llamada, reunión, visita o tarea; muestra su id</translation>
    </message>
    <message>
        <source>KIND is call, meeting, visit or task. --for links the activity to an account, contact or lead (by id or exact name; repeat for several). A repeating activity is created with all its occurrences (at most 500) in one transaction; the id printed is the first one&apos;s, which is also the series id.</source>
        <translation>KIND es call, meeting, visit o task. --for vincula la actividad a una cuenta, contacto o pre-contacto (por id o nombre exacto; repítalo para varios). Una actividad que se repite se crea con todas sus repeticiones (500 como máximo) en una sola transacción; el id que se muestra es el de la primera, que también es el id de la serie.</translation>
    </message>
    <message>
        <source>When it starts (a task: when it is due)</source>
        <translation>Cuándo empieza (una tarea: cuándo vence)</translation>
    </message>
    <message>
        <source>When it ends (not before the start)</source>
        <translation>Cuándo termina (no antes del inicio)</translation>
    </message>
    <message>
        <source>The account, contact or lead it is about</source>
        <translation>La cuenta, contacto o pre-contacto al que se refiere</translation>
    </message>
    <message>
        <source>Assigned to (default: you)</source>
        <translation>Asignada a (predeterminado: usted)</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>Repetirla</translation>
    </message>
    <message>
        <source>Every N days, weeks or months (1-99, default 1)</source>
        <translation>Cada N días, semanas o meses (1-99, predeterminado 1)</translation>
    </message>
    <message>
        <source>Last day of the series</source>
        <translation>Último día de la serie</translation>
    </message>
    <message>
        <source>Number of occurrences (1-500)</source>
        <translation>Número de repeticiones (1-500)</translation>
    </message>
    <message>
        <source>Remind this many minutes before (0, 5, 15, 30, 60, 120, 1440)</source>
        <translation>Minutos de antelación del recordatorio (0, 5, 15, 30, 60, 120, 1440)</translation>
    </message>
    <message>
        <source>Complete an activity and schedule what comes next</source>
        <translation>Completa una actividad y programa lo que viene después</translation>
    </message>
    <message>
        <source>Without next-step options the outcome&apos;s follow-up rule decides: a next activity, closing the lead, or nothing. --next-* options schedule the next activity (the rule&apos;s proposal with your changes), --close disqualifies the lead with REASON, --no-next schedules nothing (refused when the team&apos;s sales loop is &quot;require&quot;). All of it is one transaction.</source>
        <translation>Sin opciones de siguiente paso, decide la regla de seguimiento del resultado: una siguiente actividad, cerrar el pre-contacto o nada. Las opciones --next-* programan la siguiente actividad (la propuesta de la regla con sus cambios), --close descarta el pre-contacto con REASON y --no-next no programa nada (se rechaza si el ciclo de ventas del equipo es «require»). Todo se hace en una sola transacción.</translation>
    </message>
    <message>
        <source>done, reached, no_answer, busy, wrong_number, call_back, interested, not_interested, sale</source>
        <translation>done, reached, no_answer, busy, wrong_number, call_back, interested, not_interested, sale</translation>
    </message>
    <message>
        <source>Outcome notes</source>
        <translation>Notas del resultado</translation>
    </message>
    <message>
        <source>Next step after 30m, 3h, 2d, 1w...</source>
        <translation>Siguiente paso dentro de 30m, 3h, 2d, 1w...</translation>
    </message>
    <message>
        <source>Next step at this time</source>
        <translation>Siguiente paso en esta fecha y hora</translation>
    </message>
    <message>
        <source>Kind of the next step</source>
        <translation>Tipo del siguiente paso</translation>
    </message>
    <message>
        <source>Subject of the next step</source>
        <translation>Asunto del siguiente paso</translation>
    </message>
    <message>
        <source>No next step</source>
        <translation>Sin siguiente paso</translation>
    </message>
    <message>
        <source>Close the lead with this disqualification reason</source>
        <translation>Cierra el pre-contacto con este motivo de descarte</translation>
    </message>
    <message>
        <source>List activities by start time</source>
        <translation>Lista las actividades por hora de inicio</translation>
    </message>
    <message>
        <source>Only those assigned to USER</source>
        <translation>Solo las asignadas a USER</translation>
    </message>
    <message>
        <source>Starting at or after (a date or date and time)</source>
        <translation>Que empiecen a partir de (una fecha o una fecha y hora)</translation>
    </message>
    <message>
        <source>Starting before (a date: that day included)</source>
        <translation>Que empiecen antes de (una fecha: ese día incluido)</translation>
    </message>
    <message>
        <source>planned, in_progress, completed or cancelled</source>
        <translation>planned, in_progress, completed o cancelled</translation>
    </message>
    <message>
        <source>Only those about this account, contact or lead</source>
        <translation>Solo las de esta cuenta, contacto o pre-contacto</translation>
    </message>
    <message>
        <source>At most N (default 10000)</source>
        <translation>Como máximo N (predeterminado 10000)</translation>
    </message>
    <message>
        <source>Move the open occurrences of a repeating activity to the Trash</source>
        <translation>Mueve a la Papelera las repeticiones abiertas de una actividad que se repite</translation>
    </message>
    <message>
        <source>Completed occurrences are kept. --from-here keeps the earlier ones too.</source>
        <translation>Las repeticiones completadas se conservan. --from-here conserva también las anteriores.</translation>
    </message>
    <message>
        <source>Only this occurrence and the later ones</source>
        <translation>Solo esta repetición y las posteriores</translation>
    </message>
    <message>
        <source>List leads, contacts and accounts with no next step</source>
        <translation>Lista los pre-contactos, contactos y cuentas sin siguiente paso</translation>
    </message>
    <message>
        <source>Stalled: no open activity. Leads that are not converted or disqualified, contacts that had activities, customer and prospect accounts. Oldest last activity first.</source>
        <translation>Estancado: sin actividad abierta. Pre-contactos no convertidos ni descalificados, contactos que han tenido actividades y cuentas de clientes y de posibles clientes. Primero los de última actividad más antigua.</translation>
    </message>
    <message>
        <source>Only this kind of record</source>
        <translation>Solo este tipo de registro</translation>
    </message>
    <message>
        <source>Only records owned by USER</source>
        <translation>Solo registros cuyo propietario es USER</translation>
    </message>
    <message>
        <source>At most N per kind (default 1000)</source>
        <translation>Como máximo N por tipo (predeterminado: 1000)</translation>
    </message>
    <message>
        <source>Recompute last activity, next step and relationship of every record</source>
        <translation>Recalcula la última actividad, el siguiente paso y la relación de cada registro</translation>
    </message>
    <message>
        <source>Relationships cool down with time alone; run this daily (the app does it on start).</source>
        <translation>Las relaciones se enfrían solo con el paso del tiempo; ejecútelo a diario (la aplicación lo hace al iniciarse).</translation>
    </message>
    <message>
        <source>Show or set whether completing an activity requires a next step</source>
        <translation>Muestra o establece si completar una actividad exige un siguiente paso</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a date (use YYYY-MM-DD or YYYY-MM-DDTHH:MM)</source>
        <translation>--%1: «%2» no es una fecha (use YYYY-MM-DD o YYYY-MM-DDTHH:MM)</translation>
    </message>
    <message>
        <source>--to is before --from</source>
        <translation>--to es anterior a --from</translation>
    </message>
    <message>
        <source>Could not write to standard output</source>
        <translation>No se ha podido escribir en la salida estándar</translation>
    </message>
    <message>
        <source>Exported %1 events and %2 tasks to %3</source>
        <translation>Exportados %1 eventos y %2 tareas a %3</translation>
    </message>
    <message>
        <source>--max-occurrences must be a whole number from 1 to 100000</source>
        <translation>--max-occurrences debe ser un número entero de 1 a 100000</translation>
    </message>
    <message>
        <source>%1 created, %2 updated (%3 events, %4 tasks, %5 more occurrences of repeating events)</source>
        <translation>%1 creados, %2 actualizados (%3 eventos, %4 tareas, %5 repeticiones más de eventos periódicos)</translation>
    </message>
    <message>
        <source>Dry run, nothing written: %1</source>
        <translation>Simulación, no se ha escrito nada: %1</translation>
    </message>
    <message>
        <source>nothing to set: give --display-name, --color or --team</source>
        <translation>nada que establecer: indique --display-name, --color o --team</translation>
    </message>
    <message>
        <source>Export activities to an iCalendar (.ics) file</source>
        <translation>Exporta actividades a un archivo iCalendar (.ics)</translation>
    </message>
    <message>
        <source>Calls, meetings and visits become events (VEVENT), tasks become to-dos (VTODO). Times are written in UTC, all-day items as dates. --from keeps items that end on or after it, --to items that start before the end of that day. FILE - writes to standard output.</source>
        <translation>Las llamadas, reuniones y visitas pasan a ser eventos (VEVENT), y las tareas, pendientes (VTODO). Las horas se escriben en UTC y los elementos de todo el día, como fechas. --from conserva los elementos que terminan ese día o después; --to, los que empiezan antes del final de ese día. FILE - escribe en la salida estándar.</translation>
    </message>
    <message>
        <source>First day (YYYY-MM-DD or YYYY-MM-DDTHH:MM)</source>
        <translation>Primer día (YYYY-MM-DD o YYYY-MM-DDTHH:MM)</translation>
    </message>
    <message>
        <source>Last day, included</source>
        <translation>Último día, incluido</translation>
    </message>
    <message>
        <source>Only activities assigned to USER (repeat for several)</source>
        <translation>Solo actividades asignadas a USER (repetir para varios)</translation>
    </message>
    <message>
        <source>Only this kind (repeat for several)</source>
        <translation>Solo este tipo (repetir para varios)</translation>
    </message>
    <message>
        <source>Import events and to-dos from an iCalendar (.ics) file</source>
        <translation>Importa eventos y pendientes de un archivo iCalendar (.ics)</translation>
    </message>
    <message>
        <source>VEVENTs become meetings (or the kind Trato exported), VTODOs tasks. Time zones (TZID) are resolved through the file&apos;s VTIMEZONE blocks or the zone database; repeating events (RRULE) become one activity per occurrence, up to --max-occurrences (default 366). An item whose UID was imported before is updated, not duplicated. The whole file is one transaction: any error names the file and line and writes nothing.</source>
        <translation>Los VEVENT pasan a ser reuniones (o el tipo que exportó Trato), y los VTODO, tareas. Las zonas horarias (TZID) se resuelven con los bloques VTIMEZONE del archivo o con la base de datos de zonas; los eventos que se repiten (RRULE) pasan a ser una actividad por repetición, hasta --max-occurrences (predeterminado: 366). Un elemento cuyo UID ya se importó antes se actualiza, no se duplica. Todo el archivo es una sola transacción: cualquier error indica el archivo y la línea, y no se escribe nada.</translation>
    </message>
    <message>
        <source>Check and count without writing</source>
        <translation>Comprueba y cuenta sin escribir</translation>
    </message>
    <message>
        <source>Skip unknown components (VJOURNAL...) with a note instead of refusing the file</source>
        <translation>Omite los componentes desconocidos (VJOURNAL...) con una nota en lugar de rechazar el archivo</translation>
    </message>
    <message>
        <source>Occurrences made from one repeating event (default 366)</source>
        <translation>Repeticiones generadas a partir de un evento periódico (predeterminado: 366)</translation>
    </message>
    <message>
        <source>List the activities in a date range, as the calendar shows them</source>
        <translation>Lista las actividades de un intervalo de fechas, tal como las muestra el calendario</translation>
    </message>
    <message>
        <source>Default range: today and the next six days. Activities that overlap the range are listed by start; tables show local time, CSV and JSON UTC.</source>
        <translation>Intervalo predeterminado: hoy y los seis días siguientes. Las actividades que se solapan con el intervalo se listan por inicio; las tablas muestran la hora local, y CSV y JSON, UTC.</translation>
    </message>
    <message>
        <source>First day (default: today)</source>
        <translation>Primer día (predeterminado: hoy)</translation>
    </message>
    <message>
        <source>Last day, included (default: a week from --from)</source>
        <translation>Último día, incluido (predeterminado: una semana desde --from)</translation>
    </message>
    <message>
        <source>Only this status (repeat for several)</source>
        <translation>Solo este estado (repetir para varios)</translation>
    </message>
    <message>
        <source>List users with their display name, calendar color and team</source>
        <translation>Lista los usuarios con su nombre visible, color de calendario y equipo</translation>
    </message>
    <message>
        <source>Users with a stored profile and everybody activities are assigned to. A user without a stored color gets one derived from the name.</source>
        <translation>Los usuarios con un perfil guardado y todos aquellos a los que se asignan actividades. Un usuario sin color guardado recibe uno derivado del nombre.</translation>
    </message>
    <message>
        <source>Set a user&apos;s display name, calendar color or team</source>
        <translation>Establece el nombre visible, el color de calendario o el equipo de un usuario</translation>
    </message>
    <message>
        <source>NAME is the user name stored as owner. Options not given keep their value; --color &quot;&quot; goes back to the derived color. Prints the profile.</source>
        <translation>NAME es el nombre de usuario guardado como propietario. Las opciones no indicadas conservan su valor; --color &quot;&quot; vuelve al color derivado. Muestra el perfil.</translation>
    </message>
    <message>
        <source>How the user is shown</source>
        <translation>Cómo se muestra el usuario</translation>
    </message>
    <message>
        <source>Calendar color, e.g. #3b7dd8</source>
        <translation>Color de calendario, p. ej. #3b7dd8</translation>
    </message>
    <message>
        <source>The user&apos;s team</source>
        <translation>El equipo del usuario</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a date (use YYYY-MM-DD, today, yesterday or tomorrow)</source>
        <translation>--%1: «%2» no es una fecha (use YYYY-MM-DD, today, yesterday o tomorrow)</translation>
    </message>
    <message>
        <source>%1, %2: %3 open, %4 done today; %5 overdue from earlier days.
</source>
        <translation>%1, %2: %3 abiertas, %4 hechas hoy; %5 vencidas de días anteriores.
</translation>
    </message>
    <message>
        <source>Only the %1 most recent overdue items are listed.
</source>
        <translation>Solo se listan los %1 elementos vencidos más recientes.
</translation>
    </message>
    <message>
        <source>--to (%1) is before --from (%2)</source>
        <translation>--to (%1) es anterior a --from (%2)</translation>
    </message>
    <message>
        <source>Completed from %1 to %2 (inclusive); overdue as of now.
</source>
        <translation>Completadas del %1 al %2 (ambos incluidos); vencidas a fecha de ahora.
</translation>
    </message>
    <message>
        <source>MINUTES must be a whole number, not &quot;%1&quot;</source>
        <translation>MINUTES debe ser un número entero, no «%1»</translation>
    </message>
    <message>
        <source>A user&apos;s activities for a day, overdue ones first</source>
        <translation>Las actividades de un usuario en un día, primero las vencidas</translation>
    </message>
    <message>
        <source>Lists the day&apos;s calls, meetings, visits and tasks of the user (default: you) in time order, with the record each is about and its phone number. For today, open items from earlier days come first (the 200 most recent). DATE is YYYY-MM-DD, today, yesterday or tomorrow. A summary line goes to stderr.</source>
        <translation>Lista las llamadas, reuniones, visitas y tareas del día del usuario (predeterminado: usted) por orden horario, con el registro al que se refiere cada una y su número de teléfono. Si es hoy, primero van los elementos abiertos de días anteriores (los 200 más recientes). DATE es YYYY-MM-DD, today, yesterday o tomorrow. Se escribe una línea de resumen en stderr.</translation>
    </message>
    <message>
        <source>Whose day (default: the current user)</source>
        <translation>De quién es el día (predeterminado: el usuario actual)</translation>
    </message>
    <message>
        <source>Which day (default: today)</source>
        <translation>Qué día (predeterminado: hoy)</translation>
    </message>
    <message>
        <source>Per-user counts of calls, meetings, visits and tasks done</source>
        <translation>Recuento por usuario de llamadas, reuniones, visitas y tareas hechas</translation>
    </message>
    <message>
        <source>For each user: calls made (completed) and reached (outcome reached, interested, not interested, sale or call back), meetings and visits held and tasks done between --from and --to (inclusive days, by completion time; default: this week, Monday to Sunday), and the open items overdue now. The last row is the total.</source>
        <translation>Para cada usuario: llamadas hechas (completadas) y con contacto (resultado contactado, interesado, no interesado, venta o volver a llamar), reuniones y visitas celebradas y tareas hechas entre --from y --to (días incluidos, por hora de finalización; predeterminado: esta semana, de lunes a domingo), y los elementos abiertos vencidos ahora. La última fila es el total.</translation>
    </message>
    <message>
        <source>First day (default: this Monday)</source>
        <translation>Primer día (predeterminado: este lunes)</translation>
    </message>
    <message>
        <source>Last day (default: this Sunday)</source>
        <translation>Último día (predeterminado: este domingo)</translation>
    </message>
    <message>
        <source>Reminders due now and the next ones</source>
        <translation>Recordatorios vencidos y los próximos</translation>
    </message>
    <message>
        <source>Due reminders (state &quot;due&quot;) of the user&apos;s open activities, then the next upcoming ones (state &quot;upcoming&quot;, at most --limit, default 20), earliest first.</source>
        <translation>Recordatorios vencidos (estado «due») de las actividades abiertas del usuario y, después, los próximos (estado «upcoming», como máximo --limit, predeterminado: 20), del más cercano al más lejano.</translation>
    </message>
    <message>
        <source>Whose reminders (default: the current user)</source>
        <translation>De quién son los recordatorios (predeterminado: el usuario actual)</translation>
    </message>
    <message>
        <source>At most N upcoming reminders (default: 20)</source>
        <translation>Como máximo N recordatorios próximos (predeterminado: 20)</translation>
    </message>
    <message>
        <source>Remind again in MINUTES minutes</source>
        <translation>Vuelve a recordar dentro de MINUTES minutos</translation>
    </message>
    <message>
        <source>Moves the activity&apos;s next reminder to now + MINUTES (1 to 43200) and prints that time (UTC).</source>
        <translation>Mueve el siguiente recordatorio de la actividad a ahora + MINUTES (de 1 a 43200) y muestra esa hora (UTC).</translation>
    </message>
    <message>
        <source>Stop reminding of an activity</source>
        <translation>Deja de recordar una actividad</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a date and time</source>
        <translation>--%1: «%2» no es una fecha y hora</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a date</source>
        <translation>--%1: «%2» no es una fecha</translation>
    </message>
    <message>
        <source>say where the people come from: one of --segment, --campaign or --entity</source>
        <translation>indique de dónde salen las personas: una de --segment, --campaign o --entity</translation>
    </message>
    <message>
        <source>--where and --search go with --entity</source>
        <translation>--where y --search van con --entity</translation>
    </message>
    <message>
        <source>call lists call contacts and leads, not &quot;%1&quot;</source>
        <translation>las listas de llamadas llaman a contactos y pre-contactos, no a «%1»</translation>
    </message>
    <message>
        <source>Call list</source>
        <translation>Lista de llamadas</translation>
    </message>
    <message>
        <source>Skipped: no phone</source>
        <translation>Omitido: sin teléfono</translation>
    </message>
    <message>
        <source>Skipped: already in the list</source>
        <translation>Omitido: ya está en la lista</translation>
    </message>
    <message>
        <source>Skipped: not a person</source>
        <translation>Omitido: no es una persona</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Guion</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 de %2 hechas</translation>
    </message>
    <message>
        <source>To call</source>
        <translation>Por llamar</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Volver a llamar</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitidos</translation>
    </message>
    <message>
        <source>Nobody left to call in this list right now.</source>
        <translation>Ahora mismo no queda nadie por llamar en esta lista.</translation>
    </message>
    <message>
        <source>warning: unknown merge fields left as they are: %1</source>
        <translation>aviso: campos de combinación desconocidos que se dejan tal cual: %1</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Best time to call</source>
        <translation>Mejor hora para llamar</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Last outcome</source>
        <translation>Último resultado</translation>
    </message>
    <message>
        <source>Questions:</source>
        <translation>Preguntas:</translation>
    </message>
    <message>
        <source>--answer: %1</source>
        <translation>--answer: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Pre-contacto</translation>
    </message>
    <message>
        <source>closed (disqualified)</source>
        <translation>cerrado (descalificado)</translation>
    </message>
    <message>
        <source>(all)</source>
        <translation>(todos)</translation>
    </message>
    <message>
        <source>Create a call list and queue the people to call</source>
        <translation>Crea una lista de llamadas y pone en cola a las personas a las que llamar</translation>
    </message>
    <message>
        <source>The people come from a saved segment of contacts or leads, a campaign&apos;s contacts and leads, or the contacts or leads matching --where/--search (as in list). Each gets one entry with their phone (or, without one, their mobile). People marked do-not-call, people without a number and accounts are skipped and counted. All of it is one transaction.</source>
        <translation>Las personas salen de un segmento guardado de contactos o pre-contactos, de los contactos y pre-contactos de una campaña o de los contactos o pre-contactos que coinciden con --where/--search (como en list). Cada una recibe una entrada con su teléfono (o, si no tiene, su móvil). Las personas marcadas como no llamar, las que no tienen número y las cuentas se omiten y se cuentan. Todo es una sola transacción.</translation>
    </message>
    <message>
        <source>The contacts or leads of a saved segment</source>
        <translation>Los contactos o pre-contactos de un segmento guardado</translation>
    </message>
    <message>
        <source>The contacts and leads of a campaign (id or name)</source>
        <translation>Los contactos y pre-contactos de una campaña (id o nombre)</translation>
    </message>
    <message>
        <source>Contacts or leads matching --where and --search</source>
        <translation>Contactos o pre-contactos que coinciden con --where y --search</translation>
    </message>
    <message>
        <source>The call script operators read (id or name)</source>
        <translation>El guion de llamada que leen los operadores (id o nombre)</translation>
    </message>
    <message>
        <source>Show a call list&apos;s progress and who is next in its queue</source>
        <translation>Muestra el progreso de una lista de llamadas y quién es el siguiente en su cola</translation>
    </message>
    <message>
        <source>The queue has the call-backs that are due first, then the people still to call in order. Entries an operator has taken are not in it.</source>
        <translation>En la cola van primero las llamadas para volver a llamar que ya vencen y después, por orden, las personas que aún quedan por llamar. Las entradas que ha tomado un operador no están en ella.</translation>
    </message>
    <message>
        <source>Queue entries to show (default: 20)</source>
        <translation>Entradas de la cola que se muestran (predeterminado: 20)</translation>
    </message>
    <message>
        <source>Take the next person to call from a call list</source>
        <translation>Toma la siguiente persona a la que llamar de una lista de llamadas</translation>
    </message>
    <message>
        <source>The entry is marked as the operator&apos;s, so no other operator gets it; asking again gives the same one until its call is logged. Prints the person, the script with their details filled in and the questions. Prints nothing (null in JSON) when nobody is left to call now.</source>
        <translation>La entrada se marca como del operador, así que ningún otro operador la recibe; si se vuelve a pedir, se obtiene la misma hasta que se registre su llamada. Muestra la persona, el guion con sus datos rellenados y las preguntas. No muestra nada (null en JSON) cuando ahora no queda nadie por llamar.</translation>
    </message>
    <message>
        <source>Who calls (default: the current user)</source>
        <translation>Quién llama (predeterminado: el usuario actual)</translation>
    </message>
    <message>
        <source>Record the outcome of a call to a call list entry</source>
        <translation>Registra el resultado de una llamada a una entrada de la lista de llamadas</translation>
    </message>
    <message>
        <source>OUTCOME is no_answer, busy, wrong_number, call_back, interested, not_interested, sale, reached or done. One transaction: the completed call, the answers saved on the person, the follow-up of the outcome&apos;s rule (no answer: call again tomorrow; busy: in 2 hours; call_back: at --callback-at, which it needs; interested: a meeting; not interested: the lead is closed; sale: an after-sale task) and the entry&apos;s new status. A bad answer refuses all of it.</source>
        <translation>OUTCOME es no_answer, busy, wrong_number, call_back, interested, not_interested, sale, reached o done. Una sola transacción: la llamada completada, las respuestas guardadas en la persona, el seguimiento que marca la regla del resultado (sin respuesta: volver a llamar mañana; ocupado: en 2 horas; call_back: en --callback-at, que es obligatorio; interesado: una reunión; no interesado: se cierra el pre-contacto; venta: una tarea de posventa) y el nuevo estado de la entrada. Una respuesta no válida lo rechaza todo.</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Qué se dijo</translation>
    </message>
    <message>
        <source>When to call back (for call_back)</source>
        <translation>Cuándo volver a llamar (para call_back)</translation>
    </message>
    <message>
        <source>An answer saved on the called record (repeat for more)</source>
        <translation>Una respuesta que se guarda en el registro llamado (repetir para más)</translation>
    </message>
    <message>
        <source>How long the call took, in seconds</source>
        <translation>Cuánto duró la llamada, en segundos</translation>
    </message>
    <message>
        <source>Who called (default: the current user)</source>
        <translation>Quién llamó (predeterminado: el usuario actual)</translation>
    </message>
    <message>
        <source>Show each operator&apos;s calls, reached, interested, sales and conversion</source>
        <translation>Muestra por operador las llamadas, contactadas, interesados, ventas y conversión</translation>
    </message>
    <message>
        <source>Without LIST, every call counts. Reached: someone answered (reached, call_back, interested, not_interested, sale). Conversion: sales per reached call, in percent. --from and --to are whole days, both included.</source>
        <translation>Sin LIST, cuentan todas las llamadas. Contactada: alguien respondió (reached, call_back, interested, not_interested, sale). Conversión: ventas por llamada contactada, en porcentaje. --from y --to son días completos, ambos incluidos.</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>Show a call script filled in for one record, with its questions</source>
        <translation>Muestra un guion de llamada rellenado para un registro, con sus preguntas</translation>
    </message>
    <message>
        <source>Merge fields in braces ({first_name}, {company}, {operator}, any field) take the record&apos;s values; unknown ones are left as they are and reported. Questions that do not fit the entity&apos;s fields are an error that names the line.</source>
        <translation>Los campos de combinación entre llaves ({first_name}, {company}, {operator}, cualquier campo) toman los valores del registro; los desconocidos se dejan tal cual y se avisa de ellos. Las preguntas que no encajan con los campos de la entidad son un error que indica la línea.</translation>
    </message>
    <message>
        <source>The name for {operator} (default: the current user)</source>
        <translation>El nombre para {operator} (predeterminado: el usuario actual)</translation>
    </message>
    <message>
        <source>Incoming call: %1</source>
        <translation>Llamada entrante: %1</translation>
    </message>
    <message>
        <source>Caller ID name: %1</source>
        <translation>Nombre del identificador de llamada: %1</translation>
    </message>
    <message>
        <source>Unknown number: no contact, lead or account has it.</source>
        <translation>Número desconocido: no lo tiene ningún contacto, pre-contacto ni cuenta.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>calling</source>
        <translation>llamando</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relación</translation>
    </message>
    <message>
        <source>Recent history:</source>
        <translation>Historial reciente:</translation>
    </message>
    <message>
        <source>Open items:</source>
        <translation>Elementos abiertos:</translation>
    </message>
    <message>
        <source>Call log entry: %1</source>
        <translation>Entrada del registro de llamadas: %1</translation>
    </message>
    <message>
        <source>--port must be a TCP port from 1 to 65535 (0: any free port)</source>
        <translation>--port debe ser un puerto TCP de 1 a 65535 (0: cualquier puerto libre)</translation>
    </message>
    <message>
        <source>Listening for calls on %1 (Ctrl+C to stop)</source>
        <translation>Escuchando llamadas en %1 (Ctrl+C para parar)</translation>
    </message>
    <message>
        <source>Warning: %1 is reachable from other machines; set a token and a firewall rule.</source>
        <translation>Aviso: %1 es accesible desde otras máquinas; configure un token y una regla de cortafuegos.</translation>
    </message>
    <message>
        <source>Show who is calling from NUMBER: card, recent history, open items</source>
        <translation>Muestra quién llama desde NUMBER: ficha, historial reciente, elementos abiertos</translation>
    </message>
    <message>
        <source>NUMBER is read in the phone region (--region, else Settings) and looked up in every phone field of contacts, then leads, then accounts. The best match is printed as the caller window shows it (account, phones, relationship, the last 5 finished activities, open activities); other matches follow with a line each. An unknown number is not an error (exit 0); a NUMBER that is not a phone number is (exit 2). --log starts the call log entry: an inbound call in progress about the caller, and prints its id.</source>
        <translation>NUMBER se interpreta en la región telefónica (--region o, si no, la Configuración) y se busca en todos los campos de teléfono de los contactos, después de los pre-contactos y después de las cuentas. La mejor coincidencia se muestra como en la ventana de llamada entrante (cuenta, teléfonos, relación, las 5 últimas actividades terminadas, actividades abiertas); las demás coincidencias siguen con una línea cada una. Un número desconocido no es un error (salida 0); un NUMBER que no es un número de teléfono sí lo es (salida 2). --log inicia la entrada del registro de llamadas: una llamada entrante en curso sobre quien llama, y muestra su id.</translation>
    </message>
    <message>
        <source>The caller ID name the PBX gave</source>
        <translation>El nombre del identificador de llamada que dio la centralita</translation>
    </message>
    <message>
        <source>Start the call log entry (an inbound call activity in progress)</source>
        <translation>Inicia la entrada del registro de llamadas (una actividad de llamada entrante en curso)</translation>
    </message>
    <message>
        <source>Listen for calls from a PBX or softphone and print each caller</source>
        <translation>Escucha llamadas de una centralita o softphone y muestra quién llama en cada una</translation>
    </message>
    <message>
        <source>Runs the caller listener headless until interrupted (Ctrl+C), with the port, bind address and token of Settings → Telephony unless given here; by default only this machine can connect (127.0.0.1 and ::1). Callers announce a call with HTTP (GET /call?number=...&amp;name=...) or one text line (NUMBER, or CALL NUMBER [NAME]); see docs/TELEPHONY.md. Each call is printed as call incoming prints it. --port 0 takes any free port (printed on stderr).</source>
        <translation>Ejecuta la escucha de llamadas sin interfaz hasta que se interrumpe (Ctrl+C), con el puerto, la dirección de enlace y el token de Configuración → Telefonía salvo que se indiquen aquí; de forma predeterminada solo puede conectarse esta máquina (127.0.0.1 y ::1). Quien llama anuncia una llamada por HTTP (GET /call?number=...&amp;name=...) o con una línea de texto (NUMBER, o CALL NUMBER [NAME]); consulte docs/TELEPHONY.md. Cada llamada se muestra igual que en call incoming. --port 0 toma cualquier puerto libre (se indica en stderr).</translation>
    </message>
    <message>
        <source>TCP port (default: Settings, else 5577)</source>
        <translation>Puerto TCP (predeterminado: Configuración; si no, 5577)</translation>
    </message>
    <message>
        <source>Listen on this IP address instead of loopback only</source>
        <translation>Escucha en esta dirección IP en lugar de solo en loopback</translation>
    </message>
    <message>
        <source>Require this shared token from callers</source>
        <translation>Exige este token compartido a quienes llaman</translation>
    </message>
    <message>
        <source>Start a call log entry for each call</source>
        <translation>Inicia una entrada del registro de llamadas por cada llamada</translation>
    </message>
    <message>
        <source>Stop after N calls</source>
        <translation>Para tras N llamadas</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a date (use YYYY-MM-DD)</source>
        <translation>--%1: «%2» no es una fecha (use YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>--limit: give a number from 1 to 100000</source>
        <translation>--limit: indique un número de 1 a 100000</translation>
    </message>
    <message>
        <source>More entries: add --after &quot;%1&quot;</source>
        <translation>Más entradas: añada --after &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--days: give at most 36500 days</source>
        <translation>--days: indique como máximo 36500 días</translation>
    </message>
    <message>
        <source>never reached</source>
        <translation>nunca contactado</translation>
    </message>
    <message>
        <source>Show a record&apos;s timeline: activities, notes, changes, events, campaigns</source>
        <translation>Muestra la cronología de un registro: actividades, notas, cambios, eventos, campañas</translation>
    </message>
    <message>
        <source>Newest first. An account&apos;s timeline also has the activities and notes of its contacts (column &quot;with&quot;). Field changes made in one write are one entry. KIND is activity, note, change, event (creation, import, merge, conversion) or campaign; repeat --kind or separate kinds with commas. --search keeps entries containing every word (accents and case ignored). --from/--to are UTC days, inclusive. At most --limit entries (default 50) are printed; when more follow, the cursor for the next page is printed on stderr: pass it as --after.</source>
        <translation>Primero lo más reciente. La cronología de una cuenta incluye también las actividades y notas de sus contactos (columna «with»). Los cambios de campos hechos en una misma escritura son una sola entrada. KIND es activity, note, change, event (creación, importación, fusión, conversión) o campaign; repita --kind o separe los tipos con comas. --search conserva las entradas que contienen todas las palabras (sin distinguir acentos ni mayúsculas). --from/--to son días UTC, ambos incluidos. Se muestran como máximo --limit entradas (predeterminado: 50); si hay más, el cursor de la página siguiente se muestra en stderr: páselo como --after.</translation>
    </message>
    <message>
        <source>Only entries of this kind (repeatable)</source>
        <translation>Solo entradas de este tipo (repetible)</translation>
    </message>
    <message>
        <source>Only entries containing every word</source>
        <translation>Solo entradas que contienen todas las palabras</translation>
    </message>
    <message>
        <source>Only entries on or after this day</source>
        <translation>Solo entradas de este día o posteriores</translation>
    </message>
    <message>
        <source>Only entries on or before this day</source>
        <translation>Solo entradas de este día o anteriores</translation>
    </message>
    <message>
        <source>Page size (default: 50)</source>
        <translation>Tamaño de página (predeterminado: 50)</translation>
    </message>
    <message>
        <source>Continue after this cursor (printed by the previous page)</source>
        <translation>Continúa tras este cursor (lo muestra la página anterior)</translation>
    </message>
    <message>
        <source>Add a note to an account, contact or lead; print its id</source>
        <translation>Añade una nota a una cuenta, contacto o pre-contacto; muestra su id</translation>
    </message>
    <message>
        <source>List a record&apos;s notes, newest first</source>
        <translation>Lista las notas de un registro, primero las más recientes</translation>
    </message>
    <message>
        <source>Replace the text of a note</source>
        <translation>Sustituye el texto de una nota</translation>
    </message>
    <message>
        <source>Move a note to the Trash</source>
        <translation>Mueve una nota a la Papelera</translation>
    </message>
    <message>
        <source>List contacts (or accounts) not reached for N days</source>
        <translation>Lista contactos (o cuentas) sin contactar en N días</translation>
    </message>
    <message>
        <source>Records whose last activity is more than N days old (default 30), recently cooled first, then those never reached although an activity or note is already about them. Do-not-call contacts are left out.</source>
        <translation>Registros cuya última actividad tiene más de N días (predeterminado: 30), primero los enfriados hace menos y después los nunca contactados aunque ya haya una actividad o nota sobre ellos. Se excluyen los contactos marcados como no llamar.</translation>
    </message>
    <message>
        <source>Days without being reached (default: 30)</source>
        <translation>Días sin contactar (predeterminado: 30)</translation>
    </message>
    <message>
        <source>Which records (default: contact)</source>
        <translation>Qué registros (predeterminado: contact)</translation>
    </message>
    <message>
        <source>Added %1 accounts, %2 contacts, %3 leads, %4 campaigns with %5 members, %6 activities and a call list of %7 people in %8 s.</source>
        <translation>Se han añadido %1 cuentas, %2 contactos, %3 pre-contactos, %4 campañas con %5 miembros, %6 actividades y una lista de llamadas de %7 personas en %8 s.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a service, not a product.</source>
        <translation>«%1» es un servicio, no un producto.</translation>
    </message>
    <message>
        <source>--date: &quot;%1&quot; is not a date (use YYYY-MM-DD)</source>
        <translation>--date: «%1» no es una fecha (use YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>--quantity: %1</source>
        <translation>--quantity: %1</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>Precio de tarifa general</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Descuento</translation>
    </message>
    <message>
        <source>Incompatible: %1 + %2</source>
        <translation>Incompatible: %1 + %2</translation>
    </message>
    <message>
        <source>say &quot;add&quot;: product option-group add PRODUCT NAME</source>
        <translation>escriba «add»: product option-group add PRODUCT NAME</translation>
    </message>
    <message>
        <source>say &quot;add&quot;: product option add PRODUCT GROUP NAME</source>
        <translation>escriba «add»: product option add PRODUCT GROUP NAME</translation>
    </message>
    <message>
        <source>--price-delta: &quot;%1&quot; %2</source>
        <translation>--price-delta: «%1» %2</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>Show the unit price of a product or service for an account on a day</source>
        <translation>Muestra el precio unitario de un producto o servicio para una cuenta en un día</translation>
    </message>
    <message>
        <source>ITEM is a product SKU, a service code, an id or an exact name. The account&apos;s own price book beats a book for a segment it is in, which beats the list price; see docs/INVENTORY.md. --date defaults to today, --quantity to 1 (quantity breaks).</source>
        <translation>ITEM es un SKU de producto, un código de servicio, un id o un nombre exacto. La tarifa propia de la cuenta prevalece sobre la tarifa de un segmento al que pertenece, y esta sobre el precio de tarifa general; consulte docs/INVENTORY.md. --date es hoy de forma predeterminada y --quantity, 1 (descuentos por cantidad).</translation>
    </message>
    <message>
        <source>The customer (id or exact name)</source>
        <translation>El cliente (id o nombre exacto)</translation>
    </message>
    <message>
        <source>The day (default: today)</source>
        <translation>El día (predeterminado: hoy)</translation>
    </message>
    <message>
        <source>How many (default: 1)</source>
        <translation>Cuántos (predeterminado: 1)</translation>
    </message>
    <message>
        <source>List a configurable product&apos;s option groups, options and incompatible pairs</source>
        <translation>Lista los grupos de opciones, las opciones y los pares incompatibles de un producto configurable</translation>
    </message>
    <message>
        <source>Add an option group (Color, Gearbox) to a product; print its id</source>
        <translation>Añade un grupo de opciones (Color, Caja de cambios) a un producto; muestra su id</translation>
    </message>
    <message>
        <source>Groups are required unless --optional. The product becomes configurable.</source>
        <translation>Los grupos son obligatorios salvo con --optional. El producto pasa a ser configurable.</translation>
    </message>
    <message>
        <source>Choosing an option of this group is optional</source>
        <translation>Elegir una opción de este grupo es opcional</translation>
    </message>
    <message>
        <source>Add an option to a product&apos;s option group; print its id</source>
        <translation>Añade una opción a un grupo de opciones de un producto; muestra su id</translation>
    </message>
    <message>
        <source>--code is appended to the SKU of a configured product; --price-delta is added to its price (may be negative); --default makes it the group&apos;s default (replacing the previous one).</source>
        <translation>--code se añade al SKU de un producto configurado; --price-delta se suma a su precio (puede ser negativo); --default la convierte en la opción predeterminada del grupo (sustituye a la anterior).</translation>
    </message>
    <message>
        <source>SKU suffix</source>
        <translation>Sufijo del SKU</translation>
    </message>
    <message>
        <source>Price change (money)</source>
        <translation>Cambio de precio (importe)</translation>
    </message>
    <message>
        <source>The group&apos;s default choice</source>
        <translation>La opción predeterminada del grupo</translation>
    </message>
    <message>
        <source>Say that two options of a product cannot be chosen together</source>
        <translation>Indica que dos opciones de un producto no se pueden elegir juntas</translation>
    </message>
    <message>
        <source>Options by name, code or id; write GROUP:OPTION when a name is in several groups.</source>
        <translation>Opciones por nombre, código o id; escriba GROUP:OPTION si un nombre está en varios grupos.</translation>
    </message>
    <message>
        <source>Why (shown when someone picks both)</source>
        <translation>Motivo (se muestra cuando alguien elige ambas)</translation>
    </message>
    <message>
        <source>Validate a choice of options; print its price, SKU and description</source>
        <translation>Valida una selección de opciones; muestra su precio, SKU y descripción</translation>
    </message>
    <message>
        <source>Unchosen groups take their default. Refused (exit 2) when a required group has no choice, an option is unknown or two options are incompatible. --format json adds the canonical configuration that a sales line stores.</source>
        <translation>Los grupos sin elegir toman su opción predeterminada. Se rechaza (código de salida 2) si un grupo obligatorio no tiene opción elegida, una opción es desconocida o dos opciones son incompatibles. --format json añade la configuración canónica que guarda una línea de venta.</translation>
    </message>
    <message>
        <source>A quantity is missing.</source>
        <translation>Falta una cantidad.</translation>
    </message>
    <message>
        <source>--expected: &quot;%1&quot; is not a date (use YYYY-MM-DD)</source>
        <translation>--expected: «%1» no es una fecha (use YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>--line takes LINE=QUANTITY (the line&apos;s number), not &quot;%1&quot;</source>
        <translation>--line admite LINE=QUANTITY (el número de la línea), no «%1»</translation>
    </message>
    <message>
        <source>%1 has no line %2.</source>
        <translation>%1 no tiene la línea %2.</translation>
    </message>
    <message>
        <source>Line %1: </source>
        <translation>Línea %1: </translation>
    </message>
    <message>
        <source>--line %1 is given twice</source>
        <translation>--line %1 se indica dos veces</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(borrador)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Fecha del pedido</translation>
    </message>
    <message>
        <source>Expected on</source>
        <translation>Previsto para</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message numerus="yes">
        <source>%n purchase order(s) drafted</source>
        <translation>
            <numerusform>%n pedido de compra creado como borrador</numerusform>
            <numerusform>%n pedidos de compra creados como borrador</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 line(s).</source>
        <translation>, %1 línea(s).</translation>
    </message>
    <message>
        <source>Without a vendor (not ordered): %1</source>
        <translation>Sin proveedor (no pedidos): %1</translation>
    </message>
    <message>
        <source>Already on a draft order: %1</source>
        <translation>Ya en un pedido en borrador: %1</translation>
    </message>
    <message>
        <source>Start a draft purchase order; print its id</source>
        <translation>Crea un pedido de compra en borrador; muestra su id</translation>
    </message>
    <message>
        <source>VENDOR and W are ids or names. Add lines with `po line`, then `po order`.</source>
        <translation>VENDOR y W son ids o nombres. Añada líneas con `po line` y después use `po order`.</translation>
    </message>
    <message>
        <source>Deliver to this warehouse (default: the default warehouse)</source>
        <translation>Entregar en este almacén (predeterminado: el almacén predeterminado)</translation>
    </message>
    <message>
        <source>Expected delivery day</source>
        <translation>Día de entrega previsto</translation>
    </message>
    <message>
        <source>Add a line to a draft purchase order; print its id</source>
        <translation>Añade una línea a un pedido de compra en borrador; muestra su id</translation>
    </message>
    <message>
        <source>PO is an id or number; PRODUCT an id, SKU or name. The unit cost defaults to the product&apos;s cost. Fractional quantities only for products measured in kg, l, m and the like.</source>
        <translation>PO es un id o un número; PRODUCT, un id, un SKU o un nombre. El coste unitario predeterminado es el coste del producto. Cantidades fraccionarias solo para productos medidos en kg, l, m y similares.</translation>
    </message>
    <message>
        <source>Unit cost (default: the product&apos;s cost)</source>
        <translation>Coste unitario (predeterminado: el coste del producto)</translation>
    </message>
    <message>
        <source>Line description (default: the product&apos;s name)</source>
        <translation>Descripción de la línea (predeterminado: el nombre del producto)</translation>
    </message>
    <message>
        <source>Place a draft purchase order: it gets its number (printed)</source>
        <translation>Cursa un pedido de compra en borrador: recibe su número (se muestra)</translation>
    </message>
    <message>
        <source>Receive goods of a purchase order into stock</source>
        <translation>Recibe en existencias la mercancía de un pedido de compra</translation>
    </message>
    <message>
        <source>Without --line everything outstanding is received. LINE is the line number shown by `po show`. Stock enters at the line&apos;s unit cost. All or nothing: a bad line receives nothing. Prints the order&apos;s new status.</source>
        <translation>Sin --line se recibe todo lo pendiente. LINE es el número de línea que muestra `po show`. Las existencias entran al coste unitario de la línea. Todo o nada: si una línea es incorrecta, no se recibe nada. Muestra el nuevo estado del pedido.</translation>
    </message>
    <message>
        <source>Receive QTY of line LINE (repeatable)</source>
        <translation>Recibir QTY de la línea LINE (se puede repetir)</translation>
    </message>
    <message>
        <source>Day of the receipt (default: now)</source>
        <translation>Día de la recepción (predeterminado: ahora)</translation>
    </message>
    <message>
        <source>Cancel a purchase order nothing of which was received</source>
        <translation>Cancela un pedido de compra del que no se ha recibido nada</translation>
    </message>
    <message>
        <source>Close a partially received purchase order short</source>
        <translation>Cierra incompleto un pedido de compra recibido en parte</translation>
    </message>
    <message>
        <source>Show a purchase order and its lines</source>
        <translation>Muestra un pedido de compra y sus líneas</translation>
    </message>
    <message>
        <source>List products to reorder, or draft purchase orders for them</source>
        <translation>Lista los productos que hay que reponer o crea pedidos de compra en borrador para ellos</translation>
    </message>
    <message>
        <source>Active products whose on hand - reserved + on order is at or below the reorder level, with the suggested quantity (the reorder quantity, else up to the level). --draft drafts one purchase order per vendor (printing their ids); products without a vendor or already on a draft order are reported on stderr.</source>
        <translation>Productos activos cuyas existencias (en existencias - reservado + pedido) están en el nivel de reposición o por debajo, con la cantidad sugerida (la cantidad de reposición o, si no, hasta el nivel). --draft crea un pedido de compra en borrador por proveedor (y muestra sus ids); los productos sin proveedor o que ya están en un pedido en borrador se indican en stderr.</translation>
    </message>
    <message>
        <source>Draft purchase orders grouped by vendor</source>
        <translation>Crear pedidos de compra en borrador agrupados por proveedor</translation>
    </message>
    <message>
        <source>There is no product with the id or SKU &quot;%1&quot;.</source>
        <translation>No hay ningún producto con el id o SKU &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a quantity (for example 12, 0.5 or -3)</source>
        <translation>&quot;%1&quot; no es una cantidad (por ejemplo 12, 0.5 o -3)</translation>
    </message>
    <message>
        <source>There is no warehouse &quot;%1&quot;.</source>
        <translation>No hay ningún almacén &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--reason is required: say why the stock changes</source>
        <translation>--reason es obligatorio: indique por qué cambian las existencias</translation>
    </message>
    <message>
        <source>--from and --to are required</source>
        <translation>--from y --to son obligatorios</translation>
    </message>
    <message>
        <source>--reason is required: say why the customer returns it</source>
        <translation>--reason es obligatorio: indique por qué lo devuelve el cliente</translation>
    </message>
    <message>
        <source>Stock is consistent: every balance equals the sum of its movements.</source>
        <translation>Las existencias son coherentes: cada saldo es igual a la suma de sus movimientos.</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) between the balances and the movements; run &apos;stock verify --repair&apos; to rebuild the balances from the movements.</source>
        <translation>
            <numerusform>%n diferencia entre los saldos y los movimientos; ejecute &apos;stock verify --repair&apos; para reconstruir los saldos a partir de los movimientos.</numerusform>
            <numerusform>%n diferencias entre los saldos y los movimientos; ejecute &apos;stock verify --repair&apos; para reconstruir los saldos a partir de los movimientos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Balances rebuilt from the movements.</source>
        <translation>Saldos reconstruidos a partir de los movimientos.</translation>
    </message>
    <message>
        <source>The stock balances do not match the movements.</source>
        <translation>Los saldos de existencias no coinciden con los movimientos.</translation>
    </message>
    <message>
        <source>Show a product&apos;s stock per warehouse: on hand, reserved, available, average cost, value</source>
        <translation>Muestra las existencias de un producto por almacén: en existencias, reservado, disponible, coste medio, valor</translation>
    </message>
    <message>
        <source>PRODUCT is an id or a SKU; W a warehouse&apos;s id, name or code. Quantities are in the product&apos;s unit; value = on hand x average cost, rounded half up to the cent.</source>
        <translation>PRODUCT es un id o un SKU; W, el id, nombre o código de un almacén. Las cantidades están en la unidad del producto; valor = en existencias x coste medio, redondeado al céntimo (mitades hacia arriba).</translation>
    </message>
    <message>
        <source>Only this warehouse</source>
        <translation>Solo este almacén</translation>
    </message>
    <message>
        <source>Output format (default table)</source>
        <translation>Formato de salida (por defecto table)</translation>
    </message>
    <message>
        <source>Correct stock by a signed quantity (a counted difference), with a reason</source>
        <translation>Corrige las existencias en una cantidad con signo (una diferencia de recuento), con un motivo</translation>
    </message>
    <message>
        <source>QTY is signed: -2 takes two out, 5 adds five. Fractions only for measured units (kg, l, m...). Refused when it would leave less than nothing. Prints the movement&apos;s id.</source>
        <translation>QTY lleva signo: -2 retira dos, 5 añade cinco. Fracciones solo para unidades de medida (kg, l, m...). Se rechaza si dejara menos de nada. Imprime el id del movimiento.</translation>
    </message>
    <message>
        <source>Why (required)</source>
        <translation>Motivo (obligatorio)</translation>
    </message>
    <message>
        <source>Warehouse (default: the default warehouse)</source>
        <translation>Almacén (por defecto: el almacén predeterminado)</translation>
    </message>
    <message>
        <source>Move stock between warehouses (two movements, one transaction)</source>
        <translation>Traspasa existencias entre almacenes (dos movimientos, una transacción)</translation>
    </message>
    <message>
        <source>Refused when the source warehouse has less than QTY. Prints both movements&apos; ids.</source>
        <translation>Se rechaza si el almacén de origen tiene menos de QTY. Imprime los ids de ambos movimientos.</translation>
    </message>
    <message>
        <source>Source warehouse</source>
        <translation>Almacén de origen</translation>
    </message>
    <message>
        <source>Destination warehouse</source>
        <translation>Almacén de destino</translation>
    </message>
    <message>
        <source>Take back goods from a customer</source>
        <translation>Recibe mercancía devuelta por un cliente</translation>
    </message>
    <message>
        <source>The sales document, e.g. invoice:&lt;id&gt;</source>
        <translation>El documento de venta, p. ej. invoice:&lt;id&gt;</translation>
    </message>
    <message>
        <source>Check that every stock balance equals the sum of its movements</source>
        <translation>Comprueba que cada saldo de existencias es igual a la suma de sus movimientos</translation>
    </message>
    <message>
        <source>Lists differences (balance per product and warehouse, product on hand, reserved) and exits with 3 when there are any; --repair rebuilds the balances from the movements.</source>
        <translation>Lista las diferencias (saldo por producto y almacén, producto en existencias, reservado) y sale con 3 si hay alguna; --repair reconstruye los saldos a partir de los movimientos.</translation>
    </message>
    <message>
        <source>Rebuild the balances from the movements</source>
        <translation>Reconstruye los saldos a partir de los movimientos</translation>
    </message>
    <message>
        <source>Show or set the default warehouse</source>
        <translation>Muestra o establece el almacén predeterminado</translation>
    </message>
    <message>
        <source>Without NAME prints the default warehouse (creating &quot;Main warehouse&quot; when there is none); with NAME (a warehouse&apos;s name, code or id) makes it the only default.</source>
        <translation>Sin NAME imprime el almacén predeterminado (y crea &quot;Almacén principal&quot; si no hay ninguno); con NAME (nombre, código o id de un almacén) lo convierte en el único predeterminado.</translation>
    </message>
    <message>
        <source>Write the report as a PDF to FILE instead</source>
        <translation>Escribir el informe como PDF en FILE</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Se ha escrito %1</translation>
    </message>
    <message>
        <source>Stock on hand and valuation per product, with totals</source>
        <translation>Existencias y valoración por producto, con totales</translation>
    </message>
    <message>
        <source>One row per active product: on hand, reserved, available, average cost (the product&apos;s cost while no average is kept), value = on hand × average cost rounded half up to the cent, and whether available stock is at or below the reorder level. W and C are ids or names. --warehouse or --per-warehouse give one row per product and warehouse (reservations are per product: 0 there). The last row is the totals. JSON quantities and amounts are exact decimal strings.</source>
        <translation>Una fila por producto activo: en existencias, reservado, disponible, coste medio (el coste del producto mientras no se lleve un coste medio), valor = en existencias × coste medio redondeado al céntimo (medio hacia arriba), y si las existencias disponibles están en el nivel de reposición o por debajo. W y C son ids o nombres. --warehouse o --per-warehouse dan una fila por producto y almacén (las reservas son por producto: 0 ahí). La última fila son los totales. En JSON, las cantidades e importes son cadenas decimales exactas.</translation>
    </message>
    <message>
        <source>Only this warehouse (id or name)</source>
        <translation>Solo este almacén (id o nombre)</translation>
    </message>
    <message>
        <source>Only this product category (id or name)</source>
        <translation>Solo esta categoría de productos (id o nombre)</translation>
    </message>
    <message>
        <source>One row per product and warehouse</source>
        <translation>Una fila por producto y almacén</translation>
    </message>
    <message>
        <source>Include inactive products</source>
        <translation>Incluir productos inactivos</translation>
    </message>
    <message>
        <source>The report&apos;s date (default: today)</source>
        <translation>La fecha del informe (predeterminado: hoy)</translation>
    </message>
    <message>
        <source>A product&apos;s stock movements over a period, with running balance</source>
        <translation>Movimientos de existencias de un producto en un período, con saldo acumulado</translation>
    </message>
    <message>
        <source>PRODUCT is an id or SKU. The first row is the opening balance, the last the closing balance with the totals in and out. --from/--to are UTC days, inclusive (default: the 30 days up to today).</source>
        <translation>PRODUCT es un id o un SKU. La primera fila es el saldo inicial y la última, el saldo final con los totales de entradas y salidas. --from/--to son días UTC, incluidos (predeterminado: los 30 días hasta hoy).</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Primer día del período</translation>
    </message>
    <message>
        <source>Last day of the period (default: today)</source>
        <translation>Último día del período (predeterminado: hoy)</translation>
    </message>
    <message>
        <source>Take this day as today</source>
        <translation>Tomar este día como hoy</translation>
    </message>
    <message>
        <source>Slow movers: products with stock and (almost) no shipments for N days</source>
        <translation>Baja rotación: productos con existencias y (casi) sin envíos en N días</translation>
    </message>
    <message>
        <source>Products with stock on hand whose shipments in the last N days (default 90) add up to at most Q (default 0: none), with the days since their last shipment and the value tied up; biggest value first.</source>
        <translation>Productos en existencias cuyos envíos en los últimos N días (predeterminado 90) suman como máximo Q (predeterminado 0: ninguno), con los días desde su último envío y el valor inmovilizado; primero el de mayor valor.</translation>
    </message>
    <message>
        <source>Window in days (default: 90)</source>
        <translation>Ventana en días (predeterminado: 90)</translation>
    </message>
    <message>
        <source>Shipped quantity still counted as slow (default: 0)</source>
        <translation>Cantidad enviada que aún se considera baja rotación (predeterminado: 0)</translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation>--%1 necesita un valor.</translation>
    </message>
    <message>
        <source>--to sales_order|invoice is required</source>
        <translation>--to sales_order|invoice es obligatorio</translation>
    </message>
    <message>
        <source>AMOUNT: %1</source>
        <translation>AMOUNT: %1</translation>
    </message>
    <message>
        <source>%1: %2, balance due %3</source>
        <translation>%1: %2, pendiente de pago %3</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) changed status.</source>
        <translation>
            <numerusform>%n factura cambió de estado.</numerusform>
            <numerusform>%n facturas cambiaron de estado.</numerusform>
        </translation>
    </message>
    <message>
        <source>--reason TEXT is required</source>
        <translation>--reason TEXT es obligatorio</translation>
    </message>
    <message>
        <source>ENTITY is one of quote, sales_order, invoice, credit_note; not &quot;%1&quot;</source>
        <translation>ENTITY es uno de quote, sales_order, invoice, credit_note; no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>give exactly one of --product, --service or --text</source>
        <translation>indique exactamente uno de --product, --service o --text</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Descuentos</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Portes</translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation>Impuestos</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Rectificado</translation>
    </message>
    <message>
        <source>Balance due</source>
        <translation>Pendiente de pago</translation>
    </message>
    <message>
        <source>Convert a quote into a sales order or an invoice; print the new id</source>
        <translation>Convierte un presupuesto en un pedido de venta o una factura; muestra el id nuevo</translation>
    </message>
    <message>
        <source>QUOTE is an id or number. The header and lines are copied forward and linked; the quote becomes accepted. A rejected or expired quote is refused.</source>
        <translation>QUOTE es un id o un número. La cabecera y las líneas se copian al nuevo documento y quedan vinculadas; el presupuesto pasa a aceptado. No se admite un presupuesto rechazado o caducado.</translation>
    </message>
    <message>
        <source>What to convert it into</source>
        <translation>En qué convertirlo</translation>
    </message>
    <message>
        <source>Invoice a sales order (a draft invoice); print its id</source>
        <translation>Factura un pedido de venta (una factura en borrador); muestra su id</translation>
    </message>
    <message>
        <source>Ship an open sales order: its products leave the stock</source>
        <translation>Envía un pedido de venta abierto: sus productos salen de existencias</translation>
    </message>
    <message>
        <source>One transaction: every product line is shipped through the stock ledger, consuming the order&apos;s reservation. Under the oversell policy &quot;block&quot; a shortfall refuses it all; &quot;warn&quot; ships and warns on stderr.</source>
        <translation>Una sola transacción: cada línea de producto se envía a través del libro de existencias y consume la reserva del pedido. Con la política de sobreventa &quot;block&quot;, una falta de existencias lo rechaza todo; con &quot;warn&quot;, se envía y se avisa en stderr.</translation>
    </message>
    <message>
        <source>Cancel an open sales order and release its reservation</source>
        <translation>Cancela un pedido de venta abierto y libera su reserva</translation>
    </message>
    <message>
        <source>Issue a draft invoice; print its number</source>
        <translation>Emite una factura en borrador; muestra su número</translation>
    </message>
    <message>
        <source>The invoice gets the next number of INV-{YYYY}-{NNNNN} (gapless: a refused issue takes no number), today&apos;s date when it has none and its due date from the payment terms. Its product lines leave the stock unless it comes from an order that shipped. An issued invoice is never edited: a credit note corrects it.</source>
        <translation>La factura recibe el siguiente número de INV-{YYYY}-{NNNNN} (sin huecos: una emisión rechazada no consume número), la fecha de hoy si no tiene ninguna y su vencimiento según las condiciones de pago. Sus líneas de producto salen de existencias salvo que proceda de un pedido ya enviado. Una factura emitida nunca se edita: se corrige con una factura rectificativa.</translation>
    </message>
    <message>
        <source>Record a payment of an issued invoice; print the payment&apos;s id</source>
        <translation>Registra un pago de una factura emitida; muestra el id del pago</translation>
    </message>
    <message>
        <source>AMOUNT is more than zero and at most the balance due. The invoice becomes partially paid or paid.</source>
        <translation>AMOUNT es mayor que cero y como máximo el importe pendiente de pago. La factura pasa a pagada en parte o pagada.</translation>
    </message>
    <message>
        <source>Day of the payment (default: today)</source>
        <translation>Día del pago (por defecto: hoy)</translation>
    </message>
    <message>
        <source>How it was paid (default: transfer)</source>
        <translation>Cómo se pagó (por defecto: transfer)</translation>
    </message>
    <message>
        <source>Bank reference or receipt</source>
        <translation>Referencia bancaria o justificante</translation>
    </message>
    <message>
        <source>Mark overdue invoices and list them</source>
        <translation>Marca las facturas vencidas y las lista</translation>
    </message>
    <message>
        <source>Issued or partially paid invoices with a balance after their due date become overdue.</source>
        <translation>Las facturas emitidas o pagadas en parte con importe pendiente después de su vencimiento pasan a vencidas.</translation>
    </message>
    <message>
        <source>Issue a credit note for an issued invoice; print its number</source>
        <translation>Emite una factura rectificativa de una factura emitida; muestra su número</translation>
    </message>
    <message>
        <source>Without --line every line is credited in full. LINE is the invoice line&apos;s number (see `lines invoice INVOICE`). --restock returns the credited products to stock. The invoice&apos;s balance drops by the credit note&apos;s total; fully credited, the invoice is cancelled.</source>
        <translation>Sin --line, todas las líneas se rectifican por completo. LINE es el número de la línea de la factura (véase `lines invoice INVOICE`). --restock devuelve a existencias los productos rectificados. El importe pendiente de la factura baja en el total de la factura rectificativa; rectificada por completo, la factura queda cancelada.</translation>
    </message>
    <message>
        <source>Why the invoice is corrected (required)</source>
        <translation>Por qué se corrige la factura (obligatorio)</translation>
    </message>
    <message>
        <source>Return the credited products to stock</source>
        <translation>Devuelve a existencias los productos rectificados</translation>
    </message>
    <message>
        <source>Credit QTY of line LINE (repeatable)</source>
        <translation>Rectifica QTY de la línea LINE (repetible)</translation>
    </message>
    <message>
        <source>Add a line to a quote, sales order, invoice or credit note; print its id</source>
        <translation>Añade una línea a un presupuesto, pedido de venta, factura o factura rectificativa; muestra su id</translation>
    </message>
    <message>
        <source>ENTITY is quote, sales_order, invoice or credit_note; DOC an id or number. Not given: the description is the item&apos;s name, the price the customer&apos;s (price books), the tax the item&apos;s tax class and the equivalence surcharge the customer&apos;s. Only documents that may still change take lines.</source>
        <translation>ENTITY es quote, sales_order, invoice o credit_note; DOC, un id o un número. Si no se indican: la descripción es el nombre del artículo; el precio, el del cliente (tarifas); el impuesto, el del tipo de IVA del artículo, y el recargo de equivalencia, el del cliente. Solo admiten líneas los documentos que aún pueden cambiar.</translation>
    </message>
    <message>
        <source>A product line (SKU, id or name)</source>
        <translation>Una línea de producto (SKU, id o nombre)</translation>
    </message>
    <message>
        <source>A service line (code, id or name)</source>
        <translation>Una línea de servicio (código, id o nombre)</translation>
    </message>
    <message>
        <source>A text line</source>
        <translation>Una línea de texto</translation>
    </message>
    <message>
        <source>Line description</source>
        <translation>Descripción de la línea</translation>
    </message>
    <message>
        <source>Quantity (default 1)</source>
        <translation>Cantidad (por defecto 1)</translation>
    </message>
    <message>
        <source>Discount percent</source>
        <translation>Porcentaje de descuento</translation>
    </message>
    <message>
        <source>Discount amount off the line</source>
        <translation>Importe de descuento sobre la línea</translation>
    </message>
    <message>
        <source>Tax rate percent</source>
        <translation>Porcentaje del tipo impositivo</translation>
    </message>
    <message>
        <source>Equivalence surcharge percent</source>
        <translation>Porcentaje del recargo de equivalencia</translation>
    </message>
    <message>
        <source>The chosen options of a configurable product</source>
        <translation>Las opciones elegidas de un producto configurable</translation>
    </message>
    <message>
        <source>Show a document&apos;s lines, tax breakdown and totals</source>
        <translation>Muestra las líneas, el desglose de impuestos y los totales de un documento</translation>
    </message>
    <message>
        <source>List the tax rates (Spanish defaults created when missing)</source>
        <translation>Lista los tipos impositivos (crea los predeterminados españoles si faltan)</translation>
    </message>
    <message>
        <source>Rates are records of tax_rate: change them with `update tax_rate ID rate=...`.</source>
        <translation>Los tipos son registros de tax_rate: cámbielos con `update tax_rate ID rate=...`.</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a month (use YYYY-MM)</source>
        <translation>--%1: &quot;%2&quot; no es un mes (use YYYY-MM)</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Prob. %</source>
        <translation>Prob. %</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Ponderado</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Embudo</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predeterminado</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>give the stages with --stage &quot;Name:probability[:won|lost]&quot;, in order</source>
        <translation>indique las fases con --stage &quot;Name:probability[:won|lost]&quot;, en orden</translation>
    </message>
    <message>
        <source>Moved; status %1, probability %2 %, weighted amount %3</source>
        <translation>Movido; estado %1, probabilidad %2 %, importe ponderado %3</translation>
    </message>
    <message>
        <source>--by must be month or owner</source>
        <translation>--by debe ser month u owner</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <source>Best case</source>
        <translation>Mejor caso</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Ganado</translation>
    </message>
    <message>
        <source>The pipeline board: per stage the count, amount and weighted amount</source>
        <translation>El tablero del embudo de ventas: por fase, el número, el importe y el importe ponderado</translation>
    </message>
    <message>
        <source>One row per stage of the pipeline (default: the default pipeline) with the number of opportunities, their amounts and weighted amounts (amount × probability), then the totals. --owner and --close-from/--close-to (expected close, inclusive) filter them. With --format json and --cards N each stage also lists its first N cards (soonest expected close first) with a stalled flag. Amounts are exact decimal strings.</source>
        <translation>Una fila por fase del embudo de ventas (por defecto: el embudo predeterminado) con el número de potenciales, sus importes e importes ponderados (importe × probabilidad) y después los totales. --owner y --close-from/--close-to (cierre previsto, inclusive) los filtran. Con --format json y --cards N, cada fase lista además sus N primeras tarjetas (primero el cierre previsto más próximo) con un indicador de estancado. Los importes son cadenas decimales exactas.</translation>
    </message>
    <message>
        <source>The pipeline (id or name; default: the default one)</source>
        <translation>El embudo de ventas (id o nombre; por defecto: el predeterminado)</translation>
    </message>
    <message>
        <source>Only this owner&apos;s opportunities</source>
        <translation>Solo los potenciales de este propietario</translation>
    </message>
    <message>
        <source>Expected close on or after DATE</source>
        <translation>Cierre previsto en DATE o después</translation>
    </message>
    <message>
        <source>Expected close on or before DATE</source>
        <translation>Cierre previsto en DATE o antes</translation>
    </message>
    <message>
        <source>JSON: list the first N cards of each stage</source>
        <translation>JSON: lista las N primeras tarjetas de cada fase</translation>
    </message>
    <message>
        <source>Take this day as today (stalled flags)</source>
        <translation>Toma este día como hoy (indicadores de estancado)</translation>
    </message>
    <message>
        <source>The pipelines and their stages</source>
        <translation>Los embudos de ventas y sus fases</translation>
    </message>
    <message>
        <source>Every pipeline, the default one first, with its stages in order: default probability and outcome (open, won or lost). Creates the default &quot;Sales&quot; pipeline when there is none.</source>
        <translation>Todos los embudos de ventas, primero el predeterminado, con sus fases en orden: probabilidad predeterminada y resultado (abierto, ganado o perdido). Crea el embudo predeterminado &quot;Ventas&quot; si no hay ninguno.</translation>
    </message>
    <message>
        <source>Create a pipeline with its stages</source>
        <translation>Crea un embudo de ventas con sus fases</translation>
    </message>
    <message>
        <source>Stages in order, each &quot;Name:probability&quot; (percent) with &quot;:won&quot; or &quot;:lost&quot; for the closing ones. Stage names must be unique in the pipeline and at least one stage must be open. --default makes it the default pipeline. Prints the new pipeline&apos;s id.</source>
        <translation>Fases en orden, cada una &quot;Name:probability&quot; (porcentaje) con &quot;:won&quot; o &quot;:lost&quot; para las de cierre. Los nombres de fase deben ser únicos en el embudo y al menos una fase debe estar abierta. --default lo convierte en el embudo predeterminado. Muestra el id del nuevo embudo.</translation>
    </message>
    <message>
        <source>A stage: &quot;Name:probability[:won|lost]&quot; (repeat, in order)</source>
        <translation>Una fase: &quot;Name:probability[:won|lost]&quot; (repetible, en orden)</translation>
    </message>
    <message>
        <source>Make it the default pipeline</source>
        <translation>Lo convierte en el embudo predeterminado</translation>
    </message>
    <message>
        <source>Move an opportunity to another stage of its pipeline</source>
        <translation>Mueve un potencial a otra fase de su embudo</translation>
    </message>
    <message>
        <source>STAGE is a stage id or name. The status follows the stage (open, won, lost), the probability takes the stage&apos;s default and the weighted amount follows. A lost stage needs --lost-reason (price, competitor, no_budget, no_decision, timing, product_fit, other).</source>
        <translation>STAGE es el id o el nombre de una fase. El estado sigue a la fase (abierto, ganado, perdido), la probabilidad toma la predeterminada de la fase y el importe ponderado se recalcula. Una fase perdida requiere --lost-reason (price, competitor, no_budget, no_decision, timing, product_fit, other).</translation>
    </message>
    <message>
        <source>Why it was lost (for a lost stage)</source>
        <translation>Motivo de pérdida (para una fase perdida)</translation>
    </message>
    <message>
        <source>Sales forecast by month of expected close or by owner</source>
        <translation>Previsión de ventas por mes de cierre previsto o por propietario</translation>
    </message>
    <message>
        <source>Open and won opportunities whose expected close falls in the period (default: this month and the five after it). Weighted = open weighted amounts + won amounts; best case = open amounts + won amounts; won = won amounts; count = open and won opportunities. Lost ones do not count. By month every month of the period is a row, empty ones included; the last row is the total.</source>
        <translation>Potenciales abiertos y ganados cuyo cierre previsto cae en el periodo (por defecto: este mes y los cinco siguientes). Ponderado = importes ponderados abiertos + importes ganados; mejor caso = importes abiertos + importes ganados; ganado = importes ganados; número = potenciales abiertos y ganados. Los perdidos no cuentan. Por mes, cada mes del periodo es una fila, incluidos los vacíos; la última fila es el total.</translation>
    </message>
    <message>
        <source>First month</source>
        <translation>Primer mes</translation>
    </message>
    <message>
        <source>Last month (inclusive)</source>
        <translation>Último mes (inclusive)</translation>
    </message>
    <message>
        <source>Group by month (default) or owner</source>
        <translation>Agrupa por mes (por defecto) o por propietario</translation>
    </message>
    <message>
        <source>Only this pipeline (default: all)</source>
        <translation>Solo este embudo (por defecto: todos)</translation>
    </message>
    <message>
        <source>%1, %2 bytes</source>
        <translation>%1, %2 bytes</translation>
    </message>
    <message>
        <source>Cleared company %1</source>
        <translation>Borrado %1 de la empresa</translation>
    </message>
    <message>
        <source>Company %1: %2</source>
        <translation>Empresa %1: %2</translation>
    </message>
    <message>
        <source>give a FILE or --clear, not both</source>
        <translation>indique FILE o --clear, no ambos</translation>
    </message>
    <message>
        <source>Logo removed</source>
        <translation>Logotipo eliminado</translation>
    </message>
    <message>
        <source>give the logo FILE (PNG, JPEG or SVG) or --clear</source>
        <translation>indique el FILE del logotipo (PNG, JPEG o SVG) o --clear</translation>
    </message>
    <message>
        <source>Logo stored: %1, %2 bytes</source>
        <translation>Logotipo guardado: %1, %2 bytes</translation>
    </message>
    <message>
        <source>Layout %1: %2</source>
        <translation>Diseño %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a document: use quote, sales_order, invoice or credit_note</source>
        <translation>&quot;%1&quot; no es un documento: use quote, sales_order, invoice o credit_note</translation>
    </message>
    <message>
        <source>--pdf FILE is required (where to write the PDF)</source>
        <translation>--pdf FILE es obligatorio (dónde escribir el PDF)</translation>
    </message>
    <message>
        <source>this trato-cli was built without PDF output (no QtGui)</source>
        <translation>este trato-cli se compiló sin salida PDF (sin QtGui)</translation>
    </message>
    <message>
        <source>The company profile printed on quotes, orders and invoices</source>
        <translation>Los datos de la empresa que se imprimen en presupuestos, pedidos y facturas</translation>
    </message>
    <message>
        <source>Shared by the whole team (stored in the database): name, tax_id, address, phone, email, website, iban, payment_terms and the logo.</source>
        <translation>Compartidos por todo el equipo (guardados en la base de datos): name, tax_id, address, phone, email, website, iban, payment_terms y el logotipo.</translation>
    </message>
    <message>
        <source>Set one field of the company profile</source>
        <translation>Establece un campo de los datos de la empresa</translation>
    </message>
    <message>
        <source>FIELD is name, tax_id, address, phone, email, website, iban or payment_terms; an empty VALUE (&quot;&quot;) clears it. The tax id is checked like an account&apos;s, the IBAN by its check digits; a refused value changes nothing.</source>
        <translation>FIELD es name, tax_id, address, phone, email, website, iban o payment_terms; un VALUE vacío (&quot;&quot;) lo borra. El NIF se comprueba como el de una cuenta y el IBAN por sus dígitos de control; un valor rechazado no cambia nada.</translation>
    </message>
    <message>
        <source>Store the company logo (PNG, JPEG or SVG) in the database</source>
        <translation>Guarda el logotipo de la empresa (PNG, JPEG o SVG) en la base de datos</translation>
    </message>
    <message>
        <source>The image travels with the database (at most 512 KB). --clear removes it.</source>
        <translation>La imagen viaja con la base de datos (512 KB como máximo). --clear la elimina.</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation>Elimina el logotipo</translation>
    </message>
    <message>
        <source>How printed documents are laid out</source>
        <translation>El diseño de los documentos impresos</translation>
    </message>
    <message>
        <source>Change the layout of printed documents</source>
        <translation>Cambia el diseño de los documentos impresos</translation>
    </message>
    <message>
        <source>KEY is show_logo, show_sku, show_quantity, show_unit_price, show_discount, show_tax_rate, show_net (yes|no), accent_color (#RRGGBB), footer (text, &quot;&quot; clears it) or paper (A4|Letter).</source>
        <translation>KEY es show_logo, show_sku, show_quantity, show_unit_price, show_discount, show_tax_rate, show_net (yes|no), accent_color (#RRGGBB), footer (texto, &quot;&quot; lo borra) o paper (A4|Letter).</translation>
    </message>
    <message>
        <source>Print a quote, sales order, invoice or credit note to a PDF</source>
        <translation>Imprime un presupuesto, pedido de venta, factura o factura rectificativa en un PDF</translation>
    </message>
    <message>
        <source>ID is the document&apos;s id or number. The PDF is the desktop application&apos;s printed document: company header, customer, lines with their configurations, tax breakdown, totals, payment terms and bank account. A draft invoice or credit note prints marked DRAFT, without a number.</source>
        <translation>ID es el id o el número del documento. El PDF es el documento impreso de la aplicación de escritorio: cabecera de la empresa, cliente, líneas con sus configuraciones, desglose de impuestos, totales, condiciones de pago y cuenta bancaria. Una factura o factura rectificativa en borrador se imprime marcada como BORRADOR, sin número.</translation>
    </message>
    <message>
        <source>Where to write the PDF</source>
        <translation>Dónde escribir el PDF</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sales document: use quote, sales_order, invoice or credit_note.</source>
        <translation>&quot;%1&quot; no es un documento de venta: use quote, sales_order, invoice o credit_note.</translation>
    </message>
    <message>
        <source>Give exactly one of --up and --down.</source>
        <translation>Indique exactamente uno de --up y --down.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Última compra</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Facturado</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Neto</translation>
    </message>
    <message>
        <source>Products and services bought:</source>
        <translation>Productos y servicios comprados:</translation>
    </message>
    <message>
        <source>Per year:</source>
        <translation>Por año:</translation>
    </message>
    <message>
        <source>Open quotes: %1</source>
        <translation>Presupuestos abiertos: %1</translation>
    </message>
    <message>
        <source>Unpaid invoices: %1</source>
        <translation>Facturas sin pagar: %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>vence el %1</translation>
    </message>
    <message>
        <source>Move a line of a sales document up or down</source>
        <translation>Sube o baja una línea de un documento de venta</translation>
    </message>
    <message>
        <source>ENTITY is quote, sales_order, invoice or credit_note; LINE the line&apos;s number (position) or id. The line swaps places with its neighbour; the lines are numbered 1, 2, 3... again. Only a document that may still be edited (a draft, a sent quote, an open order) changes.</source>
        <translation>ENTITY es quote, sales_order, invoice o credit_note; LINE, el número (posición) o el id de la línea. La línea intercambia su posición con la contigua; las líneas se vuelven a numerar 1, 2, 3... Solo cambia un documento que aún pueda editarse (un borrador, un presupuesto enviado, un pedido abierto).</translation>
    </message>
    <message>
        <source>Move the line one place up</source>
        <translation>Sube la línea una posición</translation>
    </message>
    <message>
        <source>Move the line one place down</source>
        <translation>Baja la línea una posición</translation>
    </message>
    <message>
        <source>Delete a line of a sales document</source>
        <translation>Elimina una línea de un documento de venta</translation>
    </message>
    <message>
        <source>LINE is the line&apos;s number (position) or id. The line goes to the Trash; the document&apos;s totals follow. Only a document that may still be edited changes.</source>
        <translation>LINE es el número (posición) o el id de la línea. La línea va a la Papelera; los totales del documento se recalculan. Solo cambia un documento que aún pueda editarse.</translation>
    </message>
    <message>
        <source>Show what an account or contact bought</source>
        <translation>Muestra lo que ha comprado una cuenta o un contacto</translation>
    </message>
    <message>
        <source>ACCOUNT_OR_CONTACT is an id or exact name. Products and services from issued, partially paid, paid and overdue invoices minus issued credit notes (quantity, net amount, last date), totals per year (taxes included), the last purchase, open quotes (draft, sent) and unpaid invoices. A contact&apos;s history is the documents naming that contact.</source>
        <translation>ACCOUNT_OR_CONTACT es un id o un nombre exacto. Productos y servicios de las facturas emitidas, pagadas en parte, pagadas y vencidas, menos las facturas rectificativas emitidas (cantidad, importe neto, última fecha), totales por año (impuestos incluidos), la última compra, los presupuestos abiertos (borrador, enviado) y las facturas sin pagar. El historial de un contacto son los documentos que mencionan a ese contacto.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Helped</source>
        <translation>Ha ayudado</translation>
    </message>
    <message>
        <source>Helped %1 time(s): %2</source>
        <translation>Ha ayudado %1 vez/veces: %2</translation>
    </message>
    <message>
        <source>--date takes a date as YYYY-MM-DD.</source>
        <translation>--date requiere una fecha con formato YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Aviso: %1</translation>
    </message>
    <message>
        <source>Search the knowledge base</source>
        <translation>Busca en la base de conocimiento</translation>
    </message>
    <message>
        <source>Published articles whose title, text, category or tags hold every word (accents and case ignored, words match as prefixes), best first: the title weighs most. --drafts includes drafts.</source>
        <translation>Artículos publicados cuyo título, texto, categoría o etiquetas contienen todas las palabras (sin distinguir acentos ni mayúsculas; las palabras coinciden como prefijos), los mejores primero: el título es lo que más pesa. --drafts incluye los borradores.</translation>
    </message>
    <message>
        <source>Include draft articles</source>
        <translation>Incluir artículos en borrador</translation>
    </message>
    <message>
        <source>At most N articles (default 20)</source>
        <translation>Como máximo N artículos (por defecto 20)</translation>
    </message>
    <message>
        <source>Show a knowledge base article</source>
        <translation>Muestra un artículo de la base de conocimiento</translation>
    </message>
    <message>
        <source>ARTICLE is the article&apos;s id or exact title.</source>
        <translation>ARTICLE es el id o el título exacto del artículo.</translation>
    </message>
    <message>
        <source>Reply to a ticket with a knowledge base article</source>
        <translation>Responde a una incidencia con un artículo de la base de conocimiento</translation>
    </message>
    <message>
        <source>TICKET is the ticket&apos;s id or number, ARTICLE the article&apos;s id or exact title. Logs a reply with the article&apos;s title and text and links the article to the ticket, in one transaction; prints the reply&apos;s id. Only published articles; a closed ticket refuses (reopen it first).</source>
        <translation>TICKET es el id o el número de la incidencia, ARTICLE el id o el título exacto del artículo. Registra una respuesta con el título y el texto del artículo y vincula el artículo a la incidencia, en una sola transacción; imprime el id de la respuesta. Solo artículos publicados; una incidencia cerrada lo rechaza (reábrala antes).</translation>
    </message>
    <message>
        <source>Mark that an article helped on a ticket</source>
        <translation>Marca que un artículo ha ayudado en una incidencia</translation>
    </message>
    <message>
        <source>Links the article to the ticket if needed and marks the link as helped (--undo clears the mark). The article&apos;s helped count is the number of tickets it helped on.</source>
        <translation>Vincula el artículo a la incidencia si hace falta y marca el vínculo como que ha ayudado (--undo quita la marca). El recuento de ayuda del artículo es el número de incidencias en las que ha ayudado.</translation>
    </message>
    <message>
        <source>Clear the mark</source>
        <translation>Quitar la marca</translation>
    </message>
    <message>
        <source>Show what service contracts include and what is used</source>
        <translation>Muestra lo que incluyen los contratos de servicio y lo consumido</translation>
    </message>
    <message>
        <source>Per contract (of one account, an id or exact name, when given): included, used and left in the period that holds today (month, quarter, year or the whole term; hours, or tickets), the status (active, used_up, expired, not_started) and the period. low = less than 10 % left. The used figures are recomputed and stored.</source>
        <translation>Por contrato (de una cuenta, id o nombre exacto, si se indica): lo incluido, lo consumido y lo que queda en el periodo que contiene el día de hoy (mes, trimestre, año o toda la vigencia; horas o incidencias), el estado (active, used_up, expired, not_started) y el periodo. low = queda menos del 10 %. Las cifras de consumo se recalculan y se guardan.</translation>
    </message>
    <message>
        <source>Judge on this day instead of today</source>
        <translation>Evaluar en este día en lugar de hoy</translation>
    </message>
    <message>
        <source>Put a ticket under a service contract</source>
        <translation>Asigna una incidencia a un contrato de servicio</translation>
    </message>
    <message>
        <source>TICKET is the ticket&apos;s id or number, CONTRACT the contract&apos;s id or exact name (none: take the ticket out of its contract). The contract must belong to the ticket&apos;s account. An expired, not yet started or used-up contract is still assigned, with a warning on stderr.</source>
        <translation>TICKET es el id o el número de la incidencia, CONTRACT el id o el nombre exacto del contrato (none: saca la incidencia de su contrato). El contrato debe pertenecer a la cuenta de la incidencia. Un contrato caducado, aún no iniciado o agotado se asigna igualmente, con un aviso en stderr.</translation>
    </message>
    <message>
        <source>Whose queues (default: the current user)</source>
        <translation>De quién son las colas (por defecto: el usuario actual)</translation>
    </message>
    <message>
        <source>unknown queue &quot;%1&quot; (one of: %2)</source>
        <translation>cola desconocida &quot;%1&quot; (una de: %2)</translation>
    </message>
    <message>
        <source>this database has no ticket entity</source>
        <translation>esta base de datos no tiene la entidad de incidencias</translation>
    </message>
    <message>
        <source>--by: &quot;%1&quot; is not agent, week or month</source>
        <translation>--by: &quot;%1&quot; no es agent, week ni month</translation>
    </message>
    <message>
        <source>--now: &quot;%1&quot; is not a date and time (use YYYY-MM-DDTHH:MM:SSZ)</source>
        <translation>--now: &quot;%1&quot; no es una fecha y hora (use YYYY-MM-DDTHH:MM:SSZ)</translation>
    </message>
    <message>
        <source>The tickets of one support queue, most urgent due time first</source>
        <translation>Las incidencias de una cola de soporte, primero las de vencimiento más urgente</translation>
    </message>
    <message>
        <source>NAME is mine (open tickets assigned to the user), team (open tickets of the user&apos;s team, from the user profile), unassigned (open, nobody assigned), at-risk (open, SLA at risk), overdue (open, SLA breached) or waiting (waiting on the customer or a third party). Open = new, open, waiting or reopened. Sorted by resolution due time.</source>
        <translation>NAME es mine (incidencias abiertas asignadas al usuario), team (incidencias abiertas del equipo del usuario, según su perfil), unassigned (abiertas, sin nadie asignado), at-risk (abiertas, SLA en riesgo), overdue (abiertas, SLA incumplido) o waiting (esperando al cliente o a terceros). Abiertas = nueva, abierta, en espera o reabierta. Ordenadas por vencimiento de la resolución.</translation>
    </message>
    <message>
        <source>At most N tickets</source>
        <translation>Como máximo N incidencias</translation>
    </message>
    <message>
        <source>How many tickets each support queue holds</source>
        <translation>Cuántas incidencias contiene cada cola de soporte</translation>
    </message>
    <message>
        <source>One line per queue (mine, team, unassigned, at-risk, overdue, waiting) with its count, the same definitions as `ticket queue`.</source>
        <translation>Una línea por cola (mine, team, unassigned, at-risk, overdue, waiting) con su recuento, con las mismas definiciones que `ticket queue`.</translation>
    </message>
    <message>
        <source>Support KPIs per agent, week or month, with totals</source>
        <translation>KPI de soporte por agente, semana o mes, con totales</translation>
    </message>
    <message>
        <source>Tickets opened and resolved, backlog at the end of the period, average and median first response and resolution times (wall-clock hours), reopen rate, SLA compliance and breaches. Days are UTC and inclusive (default: from the first of the month of --to, which defaults to today). The last row is the totals. Definitions: docs/SUPPORT.md.</source>
        <translation>Incidencias abiertas y resueltas, pendientes al final del periodo, tiempos medio y mediano de primera respuesta y de resolución (horas de reloj), tasa de reapertura, cumplimiento del SLA e incumplimientos. Los días son UTC e inclusivos (por defecto: desde el día 1 del mes de --to, que por defecto es hoy). La última fila son los totales. Definiciones: docs/SUPPORT.md.</translation>
    </message>
    <message>
        <source>One row per agent (default), week or month</source>
        <translation>Una fila por agente (por defecto), semana o mes</translation>
    </message>
    <message>
        <source>Take this UTC time as now (which due times have passed)</source>
        <translation>Tomar esta hora UTC como ahora (qué vencimientos han pasado)</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>say &quot;add&quot; and the NAME</source>
        <translation>indique &quot;add&quot; y el NAME</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 es obligatorio</translation>
    </message>
    <message>
        <source>Added SLA policy %1</source>
        <translation>Política de SLA %1 añadida</translation>
    </message>
    <message>
        <source>--hours is required, like &quot;mon-fri 09:00-18:00&quot;</source>
        <translation>--hours es obligatorio, como &quot;mon-fri 09:00-18:00&quot;</translation>
    </message>
    <message>
        <source>Added business-hours calendar %1</source>
        <translation>Calendario de horario laboral %1 añadido</translation>
    </message>
    <message>
        <source>--now: &quot;%1&quot; is not a date and time (like 2026-11-23T10:00:00Z)</source>
        <translation>--now: &quot;%1&quot; no es una fecha y hora (como 2026-11-23T10:00:00Z)</translation>
    </message>
    <message>
        <source>breach	%1	%2	due %3</source>
        <translation>breach	%1	%2	due %3</translation>
    </message>
    <message>
        <source>state	%1	%2 -&gt; %3</source>
        <translation>state	%1	%2 -&gt; %3</translation>
    </message>
    <message>
        <source>Checked %1 tickets: %2 state changes, %3 new warnings, %4 new breaches</source>
        <translation>%1 incidencias comprobadas: %2 cambios de estado, %3 avisos nuevos, %4 incumplimientos nuevos</translation>
    </message>
    <message>
        <source>no ticket with id or number &quot;%1&quot;</source>
        <translation>no hay ninguna incidencia con id o número &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Incidencia</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Política</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>First response due</source>
        <translation>Vence primera respuesta</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Primera respuesta</translation>
    </message>
    <message>
        <source>Resolution due</source>
        <translation>Vence resolución</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>%1 business seconds (%2 h %3 min)</source>
        <translation>%1 segundos laborables (%2 h %3 min)</translation>
    </message>
    <message>
        <source>Paused since</source>
        <translation>En pausa desde</translation>
    </message>
    <message>
        <source>Breach</source>
        <translation>Incumplimiento</translation>
    </message>
    <message>
        <source>%1, due %2</source>
        <translation>%1, vence %2</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>Incumplimientos</translation>
    </message>
    <message>
        <source>List the SLA policies (targets per priority and customer tier)</source>
        <translation>Lista las políticas de SLA (objetivos por prioridad y nivel de cliente)</translation>
    </message>
    <message>
        <source>Times are business minutes on the policy&apos;s calendar (the default calendar when empty). When a database has no policy at all, the first ticket creates the defaults: urgent 1 h / 4 h, high 4 h / 16 h, normal 8 h / 40 h, low 16 h / 80 h.</source>
        <translation>Los tiempos son minutos laborables según el calendario de la política (el calendario por defecto si está vacío). Cuando una base de datos no tiene ninguna política, la primera incidencia crea las predeterminadas: urgent 1 h / 4 h, high 4 h / 16 h, normal 8 h / 40 h, low 16 h / 80 h.</translation>
    </message>
    <message>
        <source>Add an SLA policy</source>
        <translation>Añade una política de SLA</translation>
    </message>
    <message>
        <source>P is low, normal, high or urgent; T is standard, premium or vip (none: every tier without a policy of its own). Two active policies for the same priority and tier are refused, as are times of 0 and a resolution shorter than the first response. --warn: share of the time used that marks a ticket at risk (80).</source>
        <translation>P es low, normal, high o urgent; T es standard, premium o vip (none: todos los niveles sin política propia). Se rechazan dos políticas activas para la misma prioridad y nivel, así como los tiempos de 0 y una resolución más corta que la primera respuesta. --warn: parte del tiempo consumido a partir de la cual una incidencia está en riesgo (80).</translation>
    </message>
    <message>
        <source>Ticket priority</source>
        <translation>Prioridad de la incidencia</translation>
    </message>
    <message>
        <source>Customer tier</source>
        <translation>Nivel de cliente</translation>
    </message>
    <message>
        <source>First response within, business minutes</source>
        <translation>Primera respuesta en, minutos laborables</translation>
    </message>
    <message>
        <source>Resolution within, business minutes</source>
        <translation>Resolución en, minutos laborables</translation>
    </message>
    <message>
        <source>Business-hours calendar</source>
        <translation>Calendario de horario laboral</translation>
    </message>
    <message>
        <source>At risk from this % of the time</source>
        <translation>En riesgo a partir de este % del tiempo</translation>
    </message>
    <message>
        <source>Add a business-hours calendar</source>
        <translation>Añade un calendario de horario laboral</translation>
    </message>
    <message>
        <source>--hours like &quot;mon-fri 09:00-14:00,15:00-18:00; sat 10:00-13:00&quot; (lun..dom too); --holidays ISO dates separated by commas or spaces; --tz an IANA time zone (Europe/Madrid).</source>
        <translation>--hours como &quot;mon-fri 09:00-14:00,15:00-18:00; sat 10:00-13:00&quot; (también lun..dom); --holidays fechas ISO separadas por comas o espacios; --tz una zona horaria IANA (Europe/Madrid).</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Horario laboral</translation>
    </message>
    <message>
        <source>Holidays (YYYY-MM-DD ...)</source>
        <translation>Festivos (YYYY-MM-DD ...)</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Use it for policies without a calendar</source>
        <translation>Usarlo para las políticas sin calendario</translation>
    </message>
    <message>
        <source>Re-evaluate the SLA clocks of open tickets and record breaches</source>
        <translation>Reevalúa los relojes de SLA de las incidencias abiertas y registra los incumplimientos</translation>
    </message>
    <message>
        <source>Prints one line per new breach and per state change (tab separated). --now evaluates at another moment (UTC ISO, like 2026-11-23T10:00:00Z). Running it again records nothing twice.</source>
        <translation>Imprime una línea por cada incumplimiento nuevo y por cada cambio de estado (separadas por tabuladores). --now evalúa en otro momento (UTC ISO, como 2026-11-23T10:00:00Z). Volver a ejecutarlo no registra nada dos veces.</translation>
    </message>
    <message>
        <source>Evaluate at this moment</source>
        <translation>Evaluar en este momento</translation>
    </message>
    <message>
        <source>A ticket&apos;s service level: due times, state, paused time and breaches</source>
        <translation>Nivel de servicio de una incidencia: vencimientos, estado, tiempo en pausa e incumplimientos</translation>
    </message>
    <message>
        <source>ID is the ticket&apos;s id or number. Times are UTC.</source>
        <translation>ID es el id o el número de la incidencia. Las horas son UTC.</translation>
    </message>
    <message>
        <source>--assign needs a user name.</source>
        <translation>--assign necesita un nombre de usuario.</translation>
    </message>
    <message>
        <source>Give the resolution with --note TEXT.</source>
        <translation>Indique la resolución con --note TEXT.</translation>
    </message>
    <message>
        <source>--satisfaction is a whole number from 1 to 5.</source>
        <translation>--satisfaction es un número entero del 1 al 5.</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Nota interna</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Asignada a</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>Times reopened</source>
        <translation>Veces reabierta</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfacción</translation>
    </message>
    <message>
        <source>Conversation (%1 messages):</source>
        <translation>Conversación (%1 mensajes):</translation>
    </message>
    <message>
        <source>Attachment: %1</source>
        <translation>Adjunto: %1</translation>
    </message>
    <message>
        <source>Open a support ticket and print its number</source>
        <translation>Abre una incidencia de soporte y muestra su número</translation>
    </message>
    <message>
        <source>Account and contact are an id or exact name; priority low|normal|high|urgent; channel phone|email|web|in_person; category question|incident|complaint|request|warranty|other. The ticket gets the next number TCK-YYYY-NNNNN, status new and opened now.</source>
        <translation>La cuenta y el contacto son un id o el nombre exacto; prioridad low|normal|high|urgent; canal phone|email|web|in_person; categoría question|incident|complaint|request|warranty|other. La incidencia recibe el siguiente número TCK-YYYY-NNNNN, el estado nueva y se abre en este momento.</translation>
    </message>
    <message>
        <source>The customer account</source>
        <translation>La cuenta del cliente</translation>
    </message>
    <message>
        <source>The contact who asked</source>
        <translation>El contacto que la solicitó</translation>
    </message>
    <message>
        <source>low, normal (default), high or urgent</source>
        <translation>low, normal (predeterminada), high o urgent</translation>
    </message>
    <message>
        <source>How it came in</source>
        <translation>Cómo llegó</translation>
    </message>
    <message>
        <source>What kind of request it is</source>
        <translation>Qué tipo de solicitud es</translation>
    </message>
    <message>
        <source>What the customer reported</source>
        <translation>Lo que indicó el cliente</translation>
    </message>
    <message>
        <source>The support team</source>
        <translation>El equipo de soporte</translation>
    </message>
    <message>
        <source>Assign a ticket to a user (and a team)</source>
        <translation>Asigna una incidencia a un usuario (y a un equipo)</translation>
    </message>
    <message>
        <source>ID is the ticket&apos;s id or number.</source>
        <translation>ID es el id o el número de la incidencia.</translation>
    </message>
    <message>
        <source>Log a reply to the customer on a ticket</source>
        <translation>Registra una respuesta al cliente en una incidencia</translation>
    </message>
    <message>
        <source>The reply is logged, not sent (email comes later). The first reply is the ticket&apos;s first response; a new ticket becomes open, a resolved one is reopened. A closed ticket must be reopened first. --attach adds a file reference (path or URL); the file stays where it is.</source>
        <translation>La respuesta se registra, no se envía (el correo electrónico llegará más adelante). La primera respuesta es la primera respuesta de la incidencia; una incidencia nueva pasa a abierta y una resuelta se reabre. Una incidencia cerrada debe reabrirse primero. --attach añade una referencia a un archivo (ruta o URL); el archivo se queda donde está.</translation>
    </message>
    <message>
        <source>A file path or URL to attach (repeatable)</source>
        <translation>Ruta de archivo o URL que adjuntar (repetible)</translation>
    </message>
    <message>
        <source>Add an internal note to a ticket</source>
        <translation>Añade una nota interna a una incidencia</translation>
    </message>
    <message>
        <source>Internal notes are not for the customer and do not count as a response.</source>
        <translation>Las notas internas no son para el cliente y no cuentan como respuesta.</translation>
    </message>
    <message>
        <source>Resolve a ticket with a resolution note</source>
        <translation>Resuelve una incidencia con una nota de resolución</translation>
    </message>
    <message>
        <source>What solved it (required)</source>
        <translation>Qué la resolvió (obligatorio)</translation>
    </message>
    <message>
        <source>Close a resolved ticket</source>
        <translation>Cierra una incidencia resuelta</translation>
    </message>
    <message>
        <source>Only a resolved ticket is closed. A closed ticket is not edited any more except to reopen it.</source>
        <translation>Solo se cierra una incidencia resuelta. Una incidencia cerrada ya no se edita, salvo para reabrirla.</translation>
    </message>
    <message>
        <source>The customer&apos;s satisfaction, 1 to 5</source>
        <translation>La satisfacción del cliente, de 1 a 5</translation>
    </message>
    <message>
        <source>Reopen a resolved or closed ticket</source>
        <translation>Reabre una incidencia resuelta o cerrada</translation>
    </message>
    <message>
        <source>Counts the reopening, clears the resolved and closed dates and logs an internal note.</source>
        <translation>Cuenta la reapertura, borra las fechas de resolución y cierre y registra una nota interna.</translation>
    </message>
    <message>
        <source>Why it is reopened (logged as a note)</source>
        <translation>Por qué se reabre (se registra como nota)</translation>
    </message>
    <message>
        <source>Show a ticket and its conversation</source>
        <translation>Muestra una incidencia y su conversación</translation>
    </message>
    <message>
        <source>--today: &quot;%1&quot; is not a date (use YYYY-MM-DD)</source>
        <translation>--today: &quot;%1&quot; no es una fecha (use AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>--widget: there is no widget &quot;%1&quot; (widgets: %2)</source>
        <translation>--widget: no existe el elemento &quot;%1&quot; (elementos: %2)</translation>
    </message>
    <message>
        <source>--top: &quot;%1&quot; is not a positive number</source>
        <translation>--top: &quot;%1&quot; no es un número positivo</translation>
    </message>
    <message>
        <source>Dashboard: %1 to %2</source>
        <translation>Panel: del %1 al %2</translation>
    </message>
    <message>
        <source>(compared with %1 to %2)</source>
        <translation>(comparado con el periodo del %1 al %2)</translation>
    </message>
    <message>
        <source>(previous %1, %2)</source>
        <translation>(anterior %1, %2)</translation>
    </message>
    <message>
        <source>(no data)</source>
        <translation>(sin datos)</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variación</translation>
    </message>
    <message>
        <source>The dashboard&apos;s figures: sales, forecast vs target, pipeline, leads, campaigns, activities, tickets, stock</source>
        <translation>Las cifras del panel: ventas, previsión frente a objetivo, embudo de ventas, pre-contactos, campañas, actividades, incidencias, existencias</translation>
    </message>
    <message>
        <source>Prints the data of every dashboard widget (or those of --widget) for a period, with --compare beside the previous period of the same kind. KEY is a period key: this_month (default), last_month, this_quarter, last_quarter, this_year, last_30_days, ..., 2026-Q1, 2026-03 or 2026-01-01..2026-03-31. Widgets: sales_month, forecast_target, pipeline, funnel, sales_product, sales_owner, leads_source, campaign_roi, activities_operator, tickets, stock_alerts. Sales are issued invoices net of tax minus issued credit notes. JSON money and percents are exact decimal strings; each point names the records behind it (drill: entity and filter conditions as `list --where` takes them). Sales targets are records: `add sales_target period_start=2026-03-01 period=month amount=50000`.</source>
        <translation>Imprime los datos de cada elemento del panel (o los de --widget) para un periodo y, con --compare, junto al periodo anterior del mismo tipo. KEY es una clave de periodo: this_month (predeterminado), last_month, this_quarter, last_quarter, this_year, last_30_days, ..., 2026-Q1, 2026-03 o 2026-01-01..2026-03-31. Elementos: sales_month, forecast_target, pipeline, funnel, sales_product, sales_owner, leads_source, campaign_roi, activities_operator, tickets, stock_alerts. Las ventas son las facturas emitidas, sin impuestos, menos las facturas rectificativas emitidas. En JSON, los importes y porcentajes son cadenas decimales exactas; cada punto indica los registros que lo componen (drill: entidad y condiciones de filtro tal como las acepta `list --where`). Los objetivos de ventas son registros: `add sales_target period_start=2026-03-01 period=month amount=50000`.</translation>
    </message>
    <message>
        <source>The period (default: this_month)</source>
        <translation>El periodo (predeterminado: this_month)</translation>
    </message>
    <message>
        <source>Also the previous period&apos;s values and the change</source>
        <translation>También los valores del periodo anterior y la variación</translation>
    </message>
    <message>
        <source>Only these widgets (comma-separated)</source>
        <translation>Solo estos elementos (separados por comas)</translation>
    </message>
    <message>
        <source>Categories per widget (default: 8)</source>
        <translation>Categorías por elemento (predeterminado: 8)</translation>
    </message>
    <message>
        <source>--period cannot be combined with --from or --to</source>
        <translation>--period no se puede combinar con --from ni con --to</translation>
    </message>
    <message>
        <source>--currency: &quot;%1&quot; is not a three-letter currency code</source>
        <translation>--currency: &quot;%1&quot; no es un código de moneda de tres letras</translation>
    </message>
    <message>
        <source>The key performance indicators of a period, with the previous period&apos;s</source>
        <translation>Los indicadores clave (KPI) de un periodo, junto con los del periodo anterior</translation>
    </message>
    <message>
        <source>Revenue, average deal size, win rate, sales cycle (average and median days), lead to customer conversion, quote acceptance, cross-sell/upsell share, customer retention, repeat purchase rate, customer lifetime value, first response and resolution time. Days are UTC and inclusive; --period takes this_month, last_quarter, last_30_days, 2026-Q1, 2026-03 or 2026-01-01..2026-03-31 (default: this month); --from alone runs to today, --to alone from the first of its month. The previous period is the same kind of span just before. A KPI without cases says &quot;no data&quot; (null in JSON). Money counts documents in --currency only (default EUR). Definitions: docs/KPIS.md.</source>
        <translation>Ingresos, importe medio por venta, tasa de éxito, ciclo de venta (media y mediana en días), conversión de pre-contacto a cliente, aceptación de presupuestos, proporción de venta cruzada / venta adicional, retención de clientes, tasa de repetición de compra, valor de vida del cliente, tiempo de primera respuesta y de resolución. Los días son UTC e inclusivos; --period acepta this_month, last_quarter, last_30_days, 2026-Q1, 2026-03 o 2026-01-01..2026-03-31 (predeterminado: este mes); --from sin --to llega hasta hoy, y --to sin --from empieza el día 1 de su mes. El periodo anterior es un intervalo del mismo tipo inmediatamente anterior. Un KPI sin casos indica &quot;sin datos&quot; (null en JSON). Los importes solo cuentan los documentos en --currency (predeterminado: EUR). Definiciones: docs/KPIS.md.</translation>
    </message>
    <message>
        <source>A named or fixed period instead of --from/--to</source>
        <translation>Un periodo con nombre o fijo en lugar de --from/--to</translation>
    </message>
    <message>
        <source>Only this user&apos;s records</source>
        <translation>Solo los registros de este usuario</translation>
    </message>
    <message>
        <source>Currency of the money KPIs (default: EUR)</source>
        <translation>Moneda de los KPI de importes (predeterminado: EUR)</translation>
    </message>
    <message>
        <source>Take this UTC time as now (which SLA due times have passed)</source>
        <translation>Toma esta hora UTC como la actual (qué vencimientos de SLA han pasado)</translation>
    </message>
    <message>
        <source>Write the KPI table as a PDF to FILE instead</source>
        <translation>Escribe en su lugar la tabla de KPI como PDF en FILE</translation>
    </message>
    <message>
        <source>Wrote %1 (pages: %2)</source>
        <translation>Se ha escrito %1 (páginas: %2)</translation>
    </message>
    <message>
        <source>Print a list of records to a PDF</source>
        <translation>Imprime una lista de registros en un PDF</translation>
    </message>
    <message>
        <source>The list as the desktop application prints it (&quot;Print this list&quot;): title, the filters line, the date, the column headers on every page, &quot;Page N of M&quot;. --search, --where and --sort work as for list; --columns picks the columns (default: the entity&apos;s list columns). The rows are painted as they are read, so a million-row list prints in constant memory. A PDF that cannot be written is refused before anything is read, and no partial file is left.
  trato-cli print list contact --where city=Madrid --sort last_name --pdf madrid.pdf</source>
        <translation>La lista tal como la imprime la aplicación de escritorio (&quot;Imprimir esta lista&quot;): título, la línea de filtros, la fecha, los encabezados de columna en cada página, &quot;Página N de M&quot;. --search, --where y --sort funcionan como en list; --columns elige las columnas (predeterminado: las columnas de lista de la entidad). Las filas se dibujan a medida que se leen, por lo que una lista de un millón de filas se imprime con memoria constante. Un PDF que no se puede escribir se rechaza antes de leer nada, y no queda ningún archivo parcial.
  trato-cli print list contact --where city=Madrid --sort last_name --pdf madrid.pdf</translation>
    </message>
    <message>
        <source>Only records matching the text</source>
        <translation>Solo los registros que coinciden con el texto</translation>
    </message>
    <message>
        <source>Sort by this field</source>
        <translation>Ordena por este campo</translation>
    </message>
    <message>
        <source>The columns to print</source>
        <translation>Las columnas que se imprimen</translation>
    </message>
    <message>
        <source>The date printed on the list (default: today)</source>
        <translation>La fecha impresa en la lista (predeterminado: hoy)</translation>
    </message>
    <message>
        <source>Print one record to a PDF</source>
        <translation>Imprime un registro en un PDF</translation>
    </message>
    <message>
        <source>The record as the desktop application prints it (&quot;Print record&quot;): the company name, the record&apos;s fields by section with their labels, owner and dates, &quot;Page N of M&quot;. Quotes, orders and invoices print as documents with: print quote|sales_order|invoice|credit_note ID --pdf FILE. --related N adds the first N records of each related list (the Related tab), with how many there are.</source>
        <translation>El registro tal como lo imprime la aplicación de escritorio (&quot;Imprimir registro&quot;): el nombre de la empresa, los campos del registro por secciones con sus etiquetas, propietario y fechas, &quot;Página N de M&quot;. Los presupuestos, pedidos y facturas se imprimen como documentos con: print quote|sales_order|invoice|credit_note ID --pdf FILE. --related N añade los N primeros registros de cada lista relacionada (la pestaña Relacionados), indicando cuántos hay.</translation>
    </message>
    <message>
        <source>Also print the first N records of each related list</source>
        <translation>Imprime también los N primeros registros de cada lista relacionada</translation>
    </message>
    <message>
        <source>The date printed on the page (default: today)</source>
        <translation>La fecha impresa en la página (predeterminado: hoy)</translation>
    </message>
    <message>
        <source>--%1: cannot write &quot;%2&quot; (no such folder, or no permission)</source>
        <translation>--%1: no se puede escribir &quot;%2&quot; (la carpeta no existe o no hay permiso)</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Problemas:</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 rows)</source>
        <translation>Se ha escrito %1 (%2 filas)</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 no es un objeto JSON: %2</translation>
    </message>
    <message>
        <source>the report needs a name: --name NAME or &quot;name&quot; in the file</source>
        <translation>el informe necesita un nombre: --name NAME o &quot;name&quot; en el archivo</translation>
    </message>
    <message>
        <source>Saved reports you can see: yours and the shared ones</source>
        <translation>Informes guardados que puede ver: los suyos y los compartidos</translation>
    </message>
    <message>
        <source>Name, base entity, shared, owner, last run and problems. Every report is first checked against the current fields: one that refers to a removed field or relation is flagged (⚠ and the reason), never lost.</source>
        <translation>Nombre, entidad base, compartido, propietario, última ejecución y problemas. Cada informe se comprueba primero con los campos actuales: el que hace referencia a un campo o una relación eliminados se marca (⚠ y el motivo), nunca se pierde.</translation>
    </message>
    <message>
        <source>A saved report&apos;s definition as JSON (re-importable with report import)</source>
        <translation>La definición de un informe guardado en JSON (se puede volver a importar con report import)</translation>
    </message>
    <message>
        <source>Run a saved report: a table on stdout, or a CSV or PDF file</source>
        <translation>Ejecuta un informe guardado: una tabla en stdout, o un archivo CSV o PDF</translation>
    </message>
    <message>
        <source>NAME is the report&apos;s name or id. Groups appear as header and subtotal rows, the totals last. --period replaces the period of the report&apos;s relative-date filters (this_month, last_quarter, 2026-Q1, 2026-01-01..2026-03-31). A report with broken references refuses to run and says why; --drop-broken runs it without them. A file that cannot be written is refused before the report runs (exit 1) and nothing is left behind.</source>
        <translation>NAME es el nombre o el id del informe. Los grupos aparecen como filas de encabezado y de subtotal, y los totales al final. --period sustituye el periodo de los filtros de fecha relativa del informe (this_month, last_quarter, 2026-Q1, 2026-01-01..2026-03-31). Un informe con referencias rotas no se ejecuta e indica por qué; --drop-broken lo ejecuta sin ellas. Un archivo que no se puede escribir se rechaza antes de ejecutar el informe (salida 1) y no queda nada.</translation>
    </message>
    <message>
        <source>Write the report as CSV (UTF-8, CRLF) to FILE</source>
        <translation>Escribe el informe como CSV (UTF-8, CRLF) en FILE</translation>
    </message>
    <message>
        <source>Write the report as a PDF to FILE</source>
        <translation>Escribe el informe como PDF en FILE</translation>
    </message>
    <message>
        <source>The period of relative-date filters</source>
        <translation>El periodo de los filtros de fecha relativa</translation>
    </message>
    <message>
        <source>Take this day as today (relative periods)</source>
        <translation>Toma este día como hoy (periodos relativos)</translation>
    </message>
    <message>
        <source>Run without the columns, filters and groups that no longer resolve</source>
        <translation>Ejecuta sin las columnas, filtros y grupos que ya no se resuelven</translation>
    </message>
    <message>
        <source>Output format on stdout (default: table)</source>
        <translation>Formato de salida en stdout (predeterminado: table)</translation>
    </message>
    <message>
        <source>Save a report from a JSON definition</source>
        <translation>Guarda un informe a partir de una definición JSON</translation>
    </message>
    <message>
        <source>The file holds a report definition (see docs/CLI.md and core/analytics/reportdefinition.h: entity, columns, filters, groups, sort, totals, chart), optionally with name, shared and description. The report is yours; --shared makes it visible to everyone. Unknown fields or relations are refused, naming them.</source>
        <translation>El archivo contiene una definición de informe (véase docs/CLI.md y core/analytics/reportdefinition.h: entity, columns, filters, groups, sort, totals, chart), opcionalmente con name, shared y description. El informe es suyo; --shared lo hace visible para todos. Los campos o relaciones desconocidos se rechazan, indicando cuáles son.</translation>
    </message>
    <message>
        <source>The report&apos;s name (default: &quot;name&quot; in the file)</source>
        <translation>El nombre del informe (predeterminado: &quot;name&quot; en el archivo)</translation>
    </message>
    <message>
        <source>Visible to everyone</source>
        <translation>Visible para todos</translation>
    </message>
    <message>
        <source>Rename one of your reports</source>
        <translation>Cambia el nombre de uno de sus informes</translation>
    </message>
    <message>
        <source>Copy a report you can see into a private report of yours</source>
        <translation>Copia un informe que puede ver en un informe privado suyo</translation>
    </message>
    <message>
        <source>Delete one of your reports (to the Trash)</source>
        <translation>Elimina uno de sus informes (a la Papelera)</translation>
    </message>
    <message>
        <source>Take this day as today (default: the current UTC date)</source>
        <translation>Toma este día como hoy (predeterminado: la fecha UTC actual)</translation>
    </message>
    <message>
        <source>score what: &quot;lead&quot; or &quot;account&quot;, not &quot;%1&quot;</source>
        <translation>score qué: &quot;lead&quot; o &quot;account&quot;, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Trained on %1 %2 (%3 positive), %4 scores changed, %5 ms</source>
        <translation>Entrenado con %1 %2 (%3 positivos), %4 puntuaciones cambiadas, %5 ms</translation>
    </message>
    <message>
        <source>leads</source>
        <translation>pre-contactos</translation>
    </message>
    <message>
        <source>accounts</source>
        <translation>cuentas</translation>
    </message>
    <message>
        <source>%1 customers segmented (window %2 – %3), %4 accounts changed</source>
        <translation>%1 clientes segmentados (ventana %2 – %3), %4 cuentas cambiadas</translation>
    </message>
    <message>
        <source>give either a PRODUCT or --account ACCOUNT</source>
        <translation>indique un PRODUCT o --account ACCOUNT</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a contact: give an account</source>
        <translation>&quot;%1&quot; es un contacto: indique una cuenta</translation>
    </message>
    <message>
        <source>Recompute the lead or purchase-propensity scores and list the top N with their main factors</source>
        <translation>Recalcula las puntuaciones de pre-contactos o de propensión de compra y lista los N mejores con sus factores principales</translation>
    </message>
    <message>
        <source>Trains a logistic regression on this database&apos;s history and stores the scores (0-100) in lead.lead_score or account.purchase_score, then lists the best N (default 10; leads: open ones only) with the three features that weigh most in each score (weight × standardised value, in log-odds). Accounts: trained on who bought in the 90 days before today, from their data up to then. Leads: converted or qualified against disqualified or stale. --no-recompute lists the stored scores without factors. The same data and today give the same scores.</source>
        <translation>Entrena una regresión logística con el historial de esta base de datos y guarda las puntuaciones (0-100) en lead.lead_score o account.purchase_score; después lista los N mejores (predeterminado 10; pre-contactos: solo los abiertos) con las tres características que más pesan en cada puntuación (peso × valor estandarizado, en log-odds). Cuentas: se entrena con quién compró en los 90 días anteriores a hoy, a partir de sus datos hasta entonces. Pre-contactos: convertidos o cualificados frente a descalificados o inactivos. --no-recompute lista las puntuaciones guardadas sin factores. Los mismos datos y el mismo día dan las mismas puntuaciones.</translation>
    </message>
    <message>
        <source>How many to list (default: 10)</source>
        <translation>Cuántos listar (predeterminado: 10)</translation>
    </message>
    <message>
        <source>List the stored scores, compute nothing</source>
        <translation>Lista las puntuaciones guardadas, sin calcular nada</translation>
    </message>
    <message>
        <source>Recompute the RFM segments of the customers and list accounts and revenue per segment</source>
        <translation>Recalcula los segmentos RFM de los clientes y lista las cuentas y los ingresos por segmento</translation>
    </message>
    <message>
        <source>Recency, frequency and monetary value per account from its counted invoices minus credit notes over the last N months (default 12), scored 1-5 by quintile; the segment comes from R and F. Stores account.rfm_segment and account.rfm_score; accounts that never bought have none. Revenue is net of discounts, before tax.</source>
        <translation>Recencia, frecuencia e importe por cuenta a partir de sus facturas computadas menos las facturas rectificativas de los últimos N meses (predeterminado 12), puntuados 1-5 por quintil; el segmento se obtiene de R y F. Guarda account.rfm_segment y account.rfm_score; las cuentas que nunca han comprado no tienen ninguno. Los ingresos son netos de descuentos, antes de impuestos.</translation>
    </message>
    <message>
        <source>Window in months (default: 12)</source>
        <translation>Ventana en meses (predeterminado: 12)</translation>
    </message>
    <message>
        <source>Customers who bought this product also bought...; or products to suggest to an account</source>
        <translation>Los clientes que compraron este producto también compraron...; o productos que sugerir a una cuenta</translation>
    </message>
    <message>
        <source>Co-occurrence over the products of counted invoices. PRODUCT (id, SKU or exact name): the products its buyers also bought. --account (id or exact name): products it has not bought that the accounts sharing a product with it bought. support = accounts, confidence = share of the base accounts, lift = confidence over the product&apos;s share of all buyers. Only support ≥ K (default 2); best N (default 10).</source>
        <translation>Coocurrencia en los productos de las facturas computadas. PRODUCT (id, SKU o nombre exacto): los productos que también compraron sus compradores. --account (id o nombre exacto): productos que no ha comprado y que compraron las cuentas que comparten algún producto con ella. Soporte (support) = cuentas, confianza (confidence) = proporción de las cuentas base, elevación (lift) = confianza dividida por la proporción del producto sobre todos los compradores. Solo soporte ≥ K (predeterminado 2); los N mejores (predeterminado 10).</translation>
    </message>
    <message>
        <source>Suggestions for this account instead</source>
        <translation>Sugerencias para esta cuenta en su lugar</translation>
    </message>
    <message>
        <source>Minimum accounts that bought both (default: 2)</source>
        <translation>Mínimo de cuentas que compraron ambos (predeterminado: 2)</translation>
    </message>
    <message>
        <source>Who it is assigned to (default: nobody; it waits in the Unassigned queue)</source>
        <translation>A quién se asigna (predeterminado: nadie; espera en la cola Sin asignar)</translation>
    </message>
    <message>
        <source>Take a ticket off its assignee (back to the Unassigned queue)</source>
        <translation>Quita la asignación de una incidencia (vuelve a la cola Sin asignar)</translation>
    </message>
    <message>
        <source>ID is the ticket&apos;s id or number. The team is kept.</source>
        <translation>ID es el id o el número de la incidencia. Se mantiene el equipo.</translation>
    </message>
    <message>
        <source>Log a message from the customer on a ticket</source>
        <translation>Registra un mensaje del cliente en una incidencia</translation>
    </message>
    <message>
        <source>For what the customer wrote or said (an email pasted in, a call). A ticket waiting on the customer becomes open again and its SLA clock resumes; a resolved one is reopened. A closed ticket must be reopened first.</source>
        <translation>Para lo que el cliente ha escrito o dicho (un correo electrónico pegado, una llamada). Una incidencia que está esperando al cliente vuelve a estar abierta y su reloj de SLA se reanuda; una resuelta se reabre. Una incidencia cerrada debe reabrirse primero.</translation>
    </message>
    <message>
        <source>The team server as an administrator, postgresql://user@host:port/database (default: $TRATO_SERVER_URL)</source>
        <translation>El servidor del equipo como administrador, postgresql://user@host:port/database (predeterminado: $TRATO_SERVER_URL)</translation>
    </message>
    <message>
        <source>Password of %1: </source>
        <translation>Contraseña de %1: </translation>
    </message>
    <message>
        <source>Give the password in the URL, in TRATO_SERVER_PASSWORD or PGPASSWORD, in ~/.pgpass, or type it when asked.</source>
        <translation>Indique la contraseña en la URL, en TRATO_SERVER_PASSWORD o PGPASSWORD, en ~/.pgpass, o escríbala cuando se le pida.</translation>
    </message>
    <message>
        <source>which server? Give --server URL or set TRATO_SERVER_URL</source>
        <translation>¿qué servidor? Indique --server URL o defina TRATO_SERVER_URL</translation>
    </message>
    <message>
        <source>created the server schema</source>
        <translation>se ha creado el esquema del servidor</translation>
    </message>
    <message>
        <source>upgraded the server schema from version %1</source>
        <translation>se ha actualizado el esquema del servidor desde la versión %1</translation>
    </message>
    <message>
        <source>the server schema was up to date; the sharing rules were refreshed</source>
        <translation>el esquema del servidor estaba al día; se han renovado las reglas de uso compartido</translation>
    </message>
    <message>
        <source>the server schema is in place</source>
        <translation>el esquema del servidor está listo</translation>
    </message>
    <message>
        <source>Team server %1 is ready: server schema version %2 (%3).</source>
        <translation>El servidor del equipo %1 está listo: versión del esquema del servidor %2 (%3).</translation>
    </message>
    <message>
        <source>Next: add users with &apos;%1&apos;, then run &apos;%2&apos; on each computer.</source>
        <translation>Siguiente: añada usuarios con &apos;%1&apos; y después ejecute &apos;%2&apos; en cada ordenador.</translation>
    </message>
    <message>
        <source>The user needs a name</source>
        <translation>El usuario necesita un nombre</translation>
    </message>
    <message>
        <source>--role is required (one of %1)</source>
        <translation>--role es obligatorio (uno de %1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role: the roles are %2</source>
        <translation>&quot;%1&quot; no es un rol: los roles son %2</translation>
    </message>
    <message>
        <source>--team is required</source>
        <translation>--team es obligatorio</translation>
    </message>
    <message>
        <source>Password of the new user %1: </source>
        <translation>Contraseña del nuevo usuario %1: </translation>
    </message>
    <message>
        <source>--password-stdin: the first line of the input is empty</source>
        <translation>--password-stdin: la primera línea de la entrada está vacía</translation>
    </message>
    <message>
        <source>User %1 already exists (role %2, team %3); add --update to change them</source>
        <translation>El usuario %1 ya existe (rol %2, equipo %3); añada --update para cambiarlos</translation>
    </message>
    <message>
        <source>There is no user %1 on %2</source>
        <translation>No hay ningún usuario %1 en %2</translation>
    </message>
    <message>
        <source>The new user needs a password: give it with --password-stdin (the first line of the input) or in TRATO_NEW_USER_PASSWORD</source>
        <translation>El nuevo usuario necesita una contraseña: indíquela con --password-stdin (la primera línea de la entrada) o en TRATO_NEW_USER_PASSWORD</translation>
    </message>
    <message>
        <source>Changed user %1: role %2, team %3</source>
        <translation>Usuario %1 modificado: rol %2, equipo %3</translation>
    </message>
    <message>
        <source>Added user %1: role %2, team %3</source>
        <translation>Usuario %1 añadido: rol %2, equipo %3</translation>
    </message>
    <message>
        <source>Removed user %1 (their records stay on the server)</source>
        <translation>Usuario %1 eliminado (sus registros se conservan en el servidor)</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Conectando</translation>
    </message>
    <message>
        <source>Uploading this database</source>
        <translation>Subiendo esta base de datos</translation>
    </message>
    <message>
        <source>Sending changes</source>
        <translation>Enviando cambios</translation>
    </message>
    <message>
        <source>Receiving records</source>
        <translation>Recibiendo registros</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>sent %1 change</source>
        <translation>%1 cambio enviado</translation>
    </message>
    <message>
        <source>sent %1 changes</source>
        <translation>%1 cambios enviados</translation>
    </message>
    <message>
        <source>in %1 batch</source>
        <translation>en %1 lote</translation>
    </message>
    <message>
        <source>in %1 batches</source>
        <translation>en %1 lotes</translation>
    </message>
    <message>
        <source>received %1 record</source>
        <translation>%1 registro recibido</translation>
    </message>
    <message>
        <source>received %1 records</source>
        <translation>%1 registros recibidos</translation>
    </message>
    <message>
        <source>%1 new conflict</source>
        <translation>%1 conflicto nuevo</translation>
    </message>
    <message>
        <source>%1 new conflicts</source>
        <translation>%1 conflictos nuevos</translation>
    </message>
    <message>
        <source>%1 change refused by the server (kept in conflicts)</source>
        <translation>%1 cambio rechazado por el servidor (guardado en conflictos)</translation>
    </message>
    <message>
        <source>%1 changes refused by the server (kept in conflicts)</source>
        <translation>%1 cambios rechazados por el servidor (guardados en conflictos)</translation>
    </message>
    <message>
        <source>%1 record no longer shared with you removed here</source>
        <translation>%1 registro que ya no se comparte con usted se ha eliminado aquí</translation>
    </message>
    <message>
        <source>%1 records no longer shared with you removed here</source>
        <translation>%1 registros que ya no se comparten con usted se han eliminado aquí</translation>
    </message>
    <message>
        <source>This database syncs with %1, not %2. To move it to %2 (its records are then uploaded there), add --switch.</source>
        <translation>Esta base de datos se sincroniza con %1, no con %2. Para trasladarla a %2 (sus registros se subirán allí), añada --switch.</translation>
    </message>
    <message>
        <source>This database has no team server yet: give one with --server postgresql://user@host:port/database</source>
        <translation>Esta base de datos aún no tiene servidor del equipo: indique uno con --server postgresql://user@host:port/database</translation>
    </message>
    <message>
        <source>Nothing was lost: %1 local change is kept for the next sync.</source>
        <translation>No se ha perdido nada: %1 cambio local se conserva para la próxima sincronización.</translation>
    </message>
    <message>
        <source>Nothing was lost: %1 local changes are kept for the next sync.</source>
        <translation>No se ha perdido nada: %1 cambios locales se conservan para la próxima sincronización.</translation>
    </message>
    <message>
        <source>The sync worked, but the server could not be saved for the next time: %1</source>
        <translation>La sincronización ha funcionado, pero no se ha podido guardar el servidor para la próxima vez: %1</translation>
    </message>
    <message>
        <source>This database joined the team server %1: its records were uploaded.</source>
        <translation>Esta base de datos se ha unido al servidor del equipo %1: se han subido sus registros.</translation>
    </message>
    <message>
        <source>Synced with %1: %2.</source>
        <translation>Sincronizado con %1: %2.</translation>
    </message>
    <message>
        <source>Review them with &apos;trato-cli conflicts list&apos;.</source>
        <translation>Revíselos con &apos;trato-cli conflicts list&apos;.</translation>
    </message>
    <message>
        <source>Team server</source>
        <translation>Servidor del equipo</translation>
    </message>
    <message>
        <source>none (this database works alone)</source>
        <translation>ninguno (esta base de datos funciona sola)</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>not joined yet</source>
        <translation>aún sin unirse</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>Cambios pendientes</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Conflictos abiertos</translation>
    </message>
    <message>
        <source>Parked records</source>
        <translation>Registros apartados</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Última sincronización</translation>
    </message>
    <message>
        <source>Last attempt</source>
        <translation>Último intento</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
    <message>
        <source>&quot;%1&quot; starts %2 conflict ids: give more of it</source>
        <translation>&quot;%1&quot; es el inicio de %2 ids de conflicto: indique más caracteres</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>changed in two places while apart</source>
        <translation>modificado en dos sitios por separado</translation>
    </message>
    <message>
        <source>refused by the server (no right to change it)</source>
        <translation>rechazado por el servidor (sin permiso para modificarlo)</translation>
    </message>
    <message>
        <source>changed here, deleted elsewhere</source>
        <translation>modificado aquí, eliminado en otro sitio</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierto</translation>
    </message>
    <message>
        <source>kept the winner</source>
        <translation>se conservó el valor actual</translation>
    </message>
    <message>
        <source>restored the other value</source>
        <translation>se restauró el otro valor</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>No hay conflictos.</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>No hay conflictos abiertos.</translation>
    </message>
    <message>
        <source>%1 (clock %2)</source>
        <translation>%1 (reloj %2)</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Value now</source>
        <translation>Valor actual</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Escrito por</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Otro valor</translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation>Decidido el</translation>
    </message>
    <message>
        <source>Conflict %1 closed: %2 stays &quot;%3&quot;.</source>
        <translation>Conflicto %1 cerrado: %2 se queda en &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Conflict %1 closed: %2 is &quot;%3&quot; again; it goes to the team at the next sync.</source>
        <translation>Conflicto %1 cerrado: %2 vuelve a ser &quot;%3&quot;; se enviará al equipo en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Create or upgrade the team server&apos;s schema on a PostgreSQL database</source>
        <translation>Crea o actualiza el esquema del servidor del equipo en una base de datos PostgreSQL</translation>
    </message>
    <message>
        <source>URL is postgresql://user@host:port/database[?sslmode=MODE], a role that may create roles (the database owner with CREATEROLE, or a superuser). The password comes from the URL, TRATO_SERVER_PASSWORD, PGPASSWORD or ~/.pgpass, or is asked for (without echo) when the input is a terminal; it is never printed. Running it again is safe: an up-to-date server is left as it is, an older one is upgraded, a newer one is refused.</source>
        <translation>La URL es postgresql://user@host:port/database[?sslmode=MODE], con un rol que pueda crear roles (el propietario de la base de datos con CREATEROLE, o un superusuario). La contraseña se toma de la URL, TRATO_SERVER_PASSWORD, PGPASSWORD o ~/.pgpass, o se pide (sin eco) cuando la entrada es un terminal; nunca se muestra. Volver a ejecutarlo es seguro: un servidor al día se deja como está, uno más antiguo se actualiza y uno más reciente se rechaza.</translation>
    </message>
    <message>
        <source>Add a user to the team server (a PostgreSQL login)</source>
        <translation>Añade un usuario al servidor del equipo (un inicio de sesión de PostgreSQL)</translation>
    </message>
    <message>
        <source>The new user&apos;s password is the first line of the input with --password-stdin, else TRATO_NEW_USER_PASSWORD; never an argument, which others could see in the process list. admin: everything; manager: everything of the team; sales: the team&apos;s records, writes their own; support: like sales, and every ticket of the team. A user that exists is refused unless --update is given (then role, team and, when given, the password change). The administrator&apos;s address is --server or TRATO_SERVER_URL.</source>
        <translation>La contraseña del nuevo usuario es la primera línea de la entrada con --password-stdin o, si no, TRATO_NEW_USER_PASSWORD; nunca un argumento, que otros podrían ver en la lista de procesos. admin: todo; manager: todo lo del equipo; sales: los registros del equipo, modifica los suyos; support: como sales, y todas las incidencias del equipo. Un usuario que ya existe se rechaza salvo que se indique --update (entonces cambian el rol, el equipo y, si se indica, la contraseña). La dirección del administrador es --server o TRATO_SERVER_URL.</translation>
    </message>
    <message>
        <source>admin, manager, sales or support</source>
        <translation>admin, manager, sales o support</translation>
    </message>
    <message>
        <source>Read the new password from the first line of the input</source>
        <translation>Lee la nueva contraseña de la primera línea de la entrada</translation>
    </message>
    <message>
        <source>Change a user that exists instead of refusing</source>
        <translation>Modifica un usuario existente en lugar de rechazarlo</translation>
    </message>
    <message>
        <source>Remove a user&apos;s login from the team server</source>
        <translation>Quita el inicio de sesión de un usuario del servidor del equipo</translation>
    </message>
    <message>
        <source>The user can no longer sync; their records stay, with their name as owner.</source>
        <translation>El usuario ya no puede sincronizar; sus registros se conservan, con su nombre como propietario.</translation>
    </message>
    <message>
        <source>List the team server&apos;s users</source>
        <translation>Lista los usuarios del servidor del equipo</translation>
    </message>
    <message>
        <source>The users who may sync; --all adds the removed ones (active: no), whose records stay on the server.</source>
        <translation>Los usuarios que pueden sincronizar; --all añade los eliminados (active: no), cuyos registros se conservan en el servidor.</translation>
    </message>
    <message>
        <source>Include removed users</source>
        <translation>Incluir usuarios eliminados</translation>
    </message>
    <message>
        <source>Send this database&apos;s changes to the team server and receive the team&apos;s</source>
        <translation>Envía los cambios de esta base de datos al servidor del equipo y recibe los del equipo</translation>
    </message>
    <message>
        <source>The first --server makes it this database&apos;s team server (saved without the password; the database&apos;s records are uploaded). The password comes from the URL, TRATO_SERVER_PASSWORD, PGPASSWORD or ~/.pgpass, or is asked for when the input is a terminal. Progress goes to stderr when it is a terminal. Exit 2: wrong password, no rights, a bad address or a newer server; exit 3: the server could not be reached or went away. Either way nothing is lost: the changes wait for the next sync. Ctrl-C stops between pages, as safely.</source>
        <translation>El primer --server lo convierte en el servidor del equipo de esta base de datos (se guarda sin la contraseña; se suben los registros de la base de datos). La contraseña se toma de la URL, TRATO_SERVER_PASSWORD, PGPASSWORD o ~/.pgpass, o se pide cuando la entrada es un terminal. El progreso se muestra en stderr cuando es un terminal. Salida 2: contraseña incorrecta, sin permisos, dirección errónea o servidor más reciente; salida 3: no se ha podido conectar con el servidor o se ha perdido la conexión. En cualquier caso no se pierde nada: los cambios esperan a la próxima sincronización. Ctrl-C detiene entre páginas, de forma igual de segura.</translation>
    </message>
    <message>
        <source>The team server, postgresql://user@host:port/database (default: the saved one)</source>
        <translation>El servidor del equipo, postgresql://user@host:port/database (predeterminado: el guardado)</translation>
    </message>
    <message>
        <source>Move this database to the server of --server when it syncs with another one</source>
        <translation>Traslada esta base de datos al servidor de --server cuando se sincroniza con otro</translation>
    </message>
    <message>
        <source>Show the team server, pending changes, the last sync and open conflicts</source>
        <translation>Muestra el servidor del equipo, los cambios pendientes, la última sincronización y los conflictos abiertos</translation>
    </message>
    <message>
        <source>List the open sync conflicts: both values, who and when</source>
        <translation>Lista los conflictos de sincronización abiertos: ambos valores, quién y cuándo</translation>
    </message>
    <message>
        <source>The winner is the value everybody has now; the loser is kept here for review. --all adds the resolved ones.</source>
        <translation>El valor actual es el que tienen todos ahora; el valor apartado se conserva aquí para revisarlo. --all añade los resueltos.</translation>
    </message>
    <message>
        <source>Include resolved conflicts</source>
        <translation>Incluir conflictos resueltos</translation>
    </message>
    <message>
        <source>Show one conflict</source>
        <translation>Muestra un conflicto</translation>
    </message>
    <message>
        <source>ID may be the start of an id when it names only one conflict.</source>
        <translation>ID puede ser el inicio de un id cuando designa un único conflicto.</translation>
    </message>
    <message>
        <source>Close a conflict keeping the value everybody has now</source>
        <translation>Cierra un conflicto conservando el valor que todos tienen ahora</translation>
    </message>
    <message>
        <source>Close a conflict writing the other value again</source>
        <translation>Cierra un conflicto volviendo a escribir el otro valor</translation>
    </message>
    <message>
        <source>The value that lost is written again as a new change of yours and goes to the team at the next sync. A change the server refused cannot be restored.</source>
        <translation>El valor apartado se vuelve a escribir como un cambio nuevo suyo y se envía al equipo en la próxima sincronización. Un cambio rechazado por el servidor no se puede restaurar.</translation>
    </message>
</context>
<context>
    <name>trato::ColumnChooser</name>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
</context>
<context>
    <name>trato::CompanyPage</name>
    <message>
        <source>Show the logo</source>
        <translation>Mostrar el logotipo</translation>
    </message>
    <message>
        <source>Company (printed on quotes, orders and invoices)</source>
        <translation>Empresa (se imprime en presupuestos, pedidos y facturas)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Tax id:</source>
        <translation>NI&amp;F:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>Sitio &amp;web:</translation>
    </message>
    <message>
        <source>&amp;IBAN:</source>
        <translation>&amp;IBAN:</translation>
    </message>
    <message>
        <source>Default payment &amp;terms:</source>
        <translation>Condiciones de pa&amp;go predeterminadas:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logotipo:</translation>
    </message>
    <message>
        <source>Printed documents</source>
        <translation>Documentos impresos</translation>
    </message>
    <message>
        <source>Accent color</source>
        <translation>Color de acento</translation>
    </message>
    <message>
        <source>Pic&amp;k…</source>
        <translation>&amp;Seleccionar…</translation>
    </message>
    <message>
        <source>Accent &amp;color:</source>
        <translation>Color de &amp;acento:</translation>
    </message>
    <message>
        <source>Footer text</source>
        <translation>Texto del pie de página</translation>
    </message>
    <message>
        <source>e.g. registry details, thank-you note</source>
        <translation>p. ej., datos registrales, nota de agradecimiento</translation>
    </message>
    <message>
        <source>&amp;Footer text:</source>
        <translation>Te&amp;xto del pie de página:</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Descuento</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>Tipo impositivo</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Line columns:</source>
        <translation>Columnas de línea:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <source>Preview of a printed invoice</source>
        <translation>Vista previa de una factura impresa</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Company logo</source>
        <translation>Logotipo de la empresa</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>Company settings</source>
        <translation>Configuración de la empresa</translation>
    </message>
    <message>
        <source>(no logo)</source>
        <translation>(sin logotipo)</translation>
    </message>
    <message>
        <source>%1 image, %2 KB</source>
        <translation>Imagen %1, %2 KB</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
</context>
<context>
    <name>trato::CompanySettings</name>
    <message>
        <source>&quot;%1&quot; is not a company field (use one of: %2)</source>
        <translation>&quot;%1&quot; no es un campo de la empresa (use uno de: %2)</translation>
    </message>
    <message>
        <source>Company tax id &quot;%1&quot; is not valid: %2</source>
        <translation>El NIF de la empresa &quot;%1&quot; no es válido: %2</translation>
    </message>
    <message>
        <source>Company IBAN &quot;%1&quot; is not valid: %2</source>
        <translation>El IBAN de la empresa &quot;%1&quot; no es válido: %2</translation>
    </message>
    <message>
        <source>Company email &quot;%1&quot; is not a valid email address</source>
        <translation>El correo electrónico de la empresa &quot;%1&quot; no es una dirección válida</translation>
    </message>
    <message>
        <source>The logo is %1 KB; at most %2 KB are allowed (it is stored in the database)</source>
        <translation>El logotipo ocupa %1 KB; se permiten %2 KB como máximo (se guarda en la base de datos)</translation>
    </message>
    <message>
        <source>The logo must be a PNG, JPEG or SVG image</source>
        <translation>El logotipo debe ser una imagen PNG, JPEG o SVG</translation>
    </message>
    <message>
        <source>Cannot read the logo file %1: %2</source>
        <translation>No se puede leer el archivo de logotipo %1: %2</translation>
    </message>
    <message>
        <source>The logo %1 is %2 KB; at most %3 KB are allowed (it is stored in the database)</source>
        <translation>El logotipo %1 ocupa %2 KB; se permiten %3 KB como máximo (se guarda en la base de datos)</translation>
    </message>
    <message>
        <source>The logo file %1 is empty</source>
        <translation>El archivo de logotipo %1 está vacío</translation>
    </message>
    <message>
        <source>an IBAN is a two-letter country code, two check digits and 11 to 30 letters or digits</source>
        <translation>un IBAN consta de un código de país de dos letras, dos dígitos de control y de 11 a 30 letras o dígitos</translation>
    </message>
    <message>
        <source>a Spanish IBAN has 24 characters, this one has %1</source>
        <translation>un IBAN español tiene 24 caracteres; este tiene %1</translation>
    </message>
    <message>
        <source>its check digits do not match (mistyped?)</source>
        <translation>sus dígitos de control no coinciden (¿error al escribirlo?)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a layout setting (use one of: %2)</source>
        <translation>&quot;%1&quot; no es un ajuste de diseño (use uno de: %2)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not yes or no</source>
        <translation>%1: &quot;%2&quot; no es yes ni no</translation>
    </message>
    <message>
        <source>accent_color: &quot;%1&quot; is not a color like #1f4e79</source>
        <translation>accent_color: &quot;%1&quot; no es un color como #1f4e79</translation>
    </message>
    <message>
        <source>paper: &quot;%1&quot; is not A4 or Letter</source>
        <translation>paper: &quot;%1&quot; no es A4 ni Letter</translation>
    </message>
    <message>
        <source>footer: at most 500 characters</source>
        <translation>footer: 500 caracteres como máximo</translation>
    </message>
</context>
<context>
    <name>trato::CompleteButton</name>
    <message>
        <source>Complete…</source>
        <translation>Completar…</translation>
    </message>
    <message>
        <source>Record the outcome and plan what comes next</source>
        <translation>Registra el resultado y planifica lo siguiente</translation>
    </message>
    <message>
        <source>Activity completed.</source>
        <translation>Actividad completada.</translation>
    </message>
</context>
<context>
    <name>trato::CompleteDialog</name>
    <message>
        <source>Complete activity</source>
        <translation>Completar actividad</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Resultado:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <source>What comes next?</source>
        <translation>¿Qué viene después?</translation>
    </message>
    <message>
        <source>Schedule the next step</source>
        <translation>Programar el siguiente paso</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Asunto:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Cuándo:</translation>
    </message>
    <message>
        <source>Close the lead</source>
        <translation>Cerrar el pre-contacto</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <source>No next step</source>
        <translation>Sin siguiente paso</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Completar</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>This activity is not about a lead.</source>
        <translation>Esta actividad no es sobre un pre-contacto.</translation>
    </message>
    <message>
        <source>Your team requires a next step or closing the lead.</source>
        <translation>Su equipo exige un siguiente paso o cerrar el pre-contacto.</translation>
    </message>
</context>
<context>
    <name>trato::Configuration</name>
    <message>
        <source>There is no product with the id %1.</source>
        <translation>No hay ningún producto con el id %1.</translation>
    </message>
    <message>
        <source>%1 has no option group &quot;%2&quot;.</source>
        <translation>%1 no tiene el grupo de opciones «%2».</translation>
    </message>
    <message>
        <source>%1: choose only one option.</source>
        <translation>%1: elija solo una opción.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of the options of %3.</source>
        <translation>%1: «%2» no es una de las opciones de %3.</translation>
    </message>
    <message>
        <source>Choose an option for %1.</source>
        <translation>Elija una opción para %1.</translation>
    </message>
    <message>
        <source>%1 cannot be combined with %2.</source>
        <translation>%1 no se puede combinar con %2.</translation>
    </message>
    <message>
        <source>The stored configuration is not valid JSON.</source>
        <translation>La configuración guardada no es un JSON válido.</translation>
    </message>
    <message>
        <source>The option group %1 of this configuration no longer exists in %2.</source>
        <translation>El grupo de opciones %1 de esta configuración ya no existe en %2.</translation>
    </message>
    <message>
        <source>The option %1 (%2) of this configuration no longer exists in %3.</source>
        <translation>La opción %1 (%2) de esta configuración ya no existe en %3.</translation>
    </message>
    <message>
        <source>Give the option group a name.</source>
        <translation>Asigne un nombre al grupo de opciones.</translation>
    </message>
    <message>
        <source>%1 already has an option group named &quot;%2&quot;.</source>
        <translation>%1 ya tiene un grupo de opciones llamado «%2».</translation>
    </message>
    <message>
        <source>Give the option a name.</source>
        <translation>Asigne un nombre a la opción.</translation>
    </message>
    <message>
        <source>%1 already has an option named &quot;%2&quot;.</source>
        <translation>%1 ya tiene una opción llamada «%2».</translation>
    </message>
    <message>
        <source>%1: the code %2 is already used by %3.</source>
        <translation>%1: el código %2 ya lo usa %3.</translation>
    </message>
    <message>
        <source>%1 has no option &quot;%2&quot;.</source>
        <translation>%1 no tiene la opción &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Several option groups of %1 have an option &quot;%2&quot;: write GROUP:OPTION.</source>
        <translation>Varios grupos de opciones de %1 tienen una opción &quot;%2&quot;: escriba GRUPO:OPCIÓN.</translation>
    </message>
    <message>
        <source>An option cannot be incompatible with itself.</source>
        <translation>Una opción no puede ser incompatible consigo misma.</translation>
    </message>
    <message>
        <source>%1 and %2 are in the same group: only one of them can be chosen anyway.</source>
        <translation>%1 y %2 están en el mismo grupo: de todos modos solo se puede elegir una de ellas.</translation>
    </message>
    <message>
        <source>%1 and %2 are already incompatible.</source>
        <translation>%1 y %2 ya son incompatibles.</translation>
    </message>
</context>
<context>
    <name>trato::ConfigureButton</name>
    <message>
        <source>Configure…</source>
        <translation>Configurar…</translation>
    </message>
    <message>
        <source>Try a choice of options: price, SKU and incompatibilities</source>
        <translation>Pruebe una combinación de opciones: precio, SKU e incompatibilidades</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>trato::ConfigureDialog</name>
    <message>
        <source>Configure %1</source>
        <translation>Configurar %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>%1 (optional):</source>
        <translation>%1 (opcional):</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>Precio:</translation>
    </message>
    <message>
        <source>SKU:</source>
        <translation>SKU:</translation>
    </message>
    <message>
        <source>%1 has no options yet: add option groups on its Options tab.</source>
        <translation>%1 aún no tiene opciones: añada grupos de opciones en su pestaña Opciones.</translation>
    </message>
</context>
<context>
    <name>trato::ConflictsDialog</name>
    <message>
        <source>Show &amp;resolved</source>
        <translation>Mostrar &amp;resueltos</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Conservar</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>Re&amp;staurar</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>&amp;Abrir registro</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>Conflictos de sincronización</translation>
    </message>
    <message>
        <source>When two people change the same field while apart, everybody gets the later change and the other value is kept here. &lt;b&gt;Keep&lt;/b&gt; accepts the value everybody has now; &lt;b&gt;Restore&lt;/b&gt; writes the kept value back, for everybody at the next sync.</source>
        <translation>Cuando dos personas modifican el mismo campo por separado, todos reciben el cambio más reciente y el otro valor se conserva aquí. &lt;b&gt;Conservar&lt;/b&gt; acepta el valor que todos tienen ahora; &lt;b&gt;Restaurar&lt;/b&gt; vuelve a escribir el valor apartado, para todos en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value now</source>
        <translation>Valor actual</translation>
    </message>
    <message>
        <source>Who and when</source>
        <translation>Quién y cuándo</translation>
    </message>
    <message>
        <source>Value kept aside</source>
        <translation>Valor apartado</translation>
    </message>
    <message>
        <source>Who and when (kept)</source>
        <translation>Quién y cuándo (apartado)</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>Accept the value everybody has now and close the conflict</source>
        <translation>Acepta el valor que todos tienen ahora y cierra el conflicto</translation>
    </message>
    <message>
        <source>Write the kept value back: it reaches everybody at the next sync</source>
        <translation>Vuelve a escribir el valor apartado: llegará a todos en la próxima sincronización</translation>
    </message>
    <message>
        <source>Edited by two people</source>
        <translation>Modificado por dos personas</translation>
    </message>
    <message>
        <source>Refused by the server: no rights</source>
        <translation>Rechazado por el servidor: sin permisos</translation>
    </message>
    <message>
        <source>Edited after it was deleted</source>
        <translation>Modificado después de eliminarse</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>No eliminado</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>%1 (not on this computer)</source>
        <translation>%1 (no está en este ordenador)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Kept the value now</source>
        <translation>Se conservó el valor actual</translation>
    </message>
    <message>
        <source>Restored the kept value</source>
        <translation>Se restauró el valor apartado</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>No hay conflictos abiertos.</translation>
    </message>
    <message>
        <source>1 open conflict.</source>
        <translation>1 conflicto abierto.</translation>
    </message>
    <message>
        <source>%1 open conflicts.</source>
        <translation>%1 conflictos abiertos.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
</context>
<context>
    <name>trato::ContactCard</name>
    <message>
        <source>Do not call</source>
        <translation>No llamar</translation>
    </message>
    <message>
        <source>Email opt-out</source>
        <translation>No desea correos</translation>
    </message>
    <message>
        <source>Contact card</source>
        <translation>Ficha del contacto</translation>
    </message>
    <message>
        <source>Open the account</source>
        <translation>Abrir la cuenta</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Best time to call</source>
        <translation>Mejor hora para llamar</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No job title or account</source>
        <translation>Sin cargo ni cuenta</translation>
    </message>
    <message>
        <source>%1 at</source>
        <translation>%1 en</translation>
    </message>
    <message>
        <source>work</source>
        <translation>trabajo</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>móvil</translation>
    </message>
    <message>
        <source>home</source>
        <translation>particular</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>trato::ConvertLeadDialog</name>
    <message>
        <source>&amp;Convert</source>
        <translation>&amp;Convertir</translation>
    </message>
    <message>
        <source>Convert lead</source>
        <translation>Convertir pre-contacto</translation>
    </message>
    <message>
        <source>Convert lead %1</source>
        <translation>Convertir el pre-contacto %1</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Create a new account (the lead has no company)</source>
        <translation>Crear una cuenta nueva (el pre-contacto no tiene empresa)</translation>
    </message>
    <message>
        <source>Create a new account: %1</source>
        <translation>Crear una cuenta nueva: %1</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Create a new contact: %1</source>
        <translation>Crear un contacto nuevo: %1</translation>
    </message>
    <message>
        <source>What the new records get from the lead:</source>
        <translation>Datos que los registros nuevos toman del pre-contacto:</translation>
    </message>
    <message>
        <source>Field mapping</source>
        <translation>Correspondencia de campos</translation>
    </message>
    <message>
        <source>Lead field</source>
        <translation>Campo del pre-contacto</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Pasa a</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>The lead stays, marked as converted and linked to what it became; its campaign memberships are marked converted.</source>
        <translation>El pre-contacto se conserva, marcado como convertido y vinculado a los registros resultantes; sus participaciones en campañas se marcan como convertidas.</translation>
    </message>
    <message>
        <source>Use an existing %1:</source>
        <translation>Usar %1 existente:</translation>
    </message>
    <message>
        <source>Suggested %1</source>
        <translation>Sugerencias de %1</translation>
    </message>
    <message>
        <source>Suggested:</source>
        <translation>Sugerencias:</translation>
    </message>
    <message>
        <source>or:</source>
        <translation>o:</translation>
    </message>
    <message>
        <source>No %1</source>
        <translation>Sin %1</translation>
    </message>
    <message>
        <source>(no similar records)</source>
        <translation>(no hay registros parecidos)</translation>
    </message>
    <message>
        <source>(existing records are linked, not changed)</source>
        <translation>(los registros existentes se vinculan, no se modifican)</translation>
    </message>
    <message>
        <source>Choose the existing %1, or create a new one.</source>
        <translation>Elija un registro de %1 existente o cree uno nuevo.</translation>
    </message>
    <message>
        <source>account</source>
        <translation>cuenta</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contacto</translation>
    </message>
</context>
<context>
    <name>trato::Cooling</name>
    <message>
        <source>unknown entity &quot;%1&quot;</source>
        <translation>entidad desconocida «%1»</translation>
    </message>
    <message>
        <source>%1 records have no last activity: use contact or account</source>
        <translation>los registros de %1 no tienen última actividad: use contact o account</translation>
    </message>
    <message>
        <source>the number of days cannot be negative (%1)</source>
        <translation>el número de días no puede ser negativo (%1)</translation>
    </message>
</context>
<context>
    <name>trato::CoolingFilter</name>
    <message>
        <source>Not reached in</source>
        <translation>Sin contactar en</translation>
    </message>
    <message>
        <source>Cooling down</source>
        <translation>Enfriándose</translation>
    </message>
    <message>
        <source>Show only records whose last activity is older than this</source>
        <translation>Muestra solo los registros cuya última actividad es más antigua que esto</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
</context>
<context>
    <name>trato::CreditNoteDialog</name>
    <message>
        <source>Credit note for %1</source>
        <translation>Factura rectificativa de %1</translation>
    </message>
    <message>
        <source>Return the credited products to stock</source>
        <translation>Devolver a existencias los productos rectificados</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Rectificar</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Facturado</translation>
    </message>
    <message>
        <source>Quantity to credit</source>
        <translation>Cantidad a rectificar</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <source>Issue credit note</source>
        <translation>Emitir factura rectificativa</translation>
    </message>
    <message>
        <source>Lines and quantities to credit (an issued credit note cannot be changed):</source>
        <translation>Líneas y cantidades que abonar (una factura rectificativa emitida no se puede modificar):</translation>
    </message>
    <message>
        <source>Give the reason for the credit note.</source>
        <translation>Indique el motivo de la factura rectificativa.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>Choose at least one line to credit.</source>
        <translation>Elija al menos una línea que abonar.</translation>
    </message>
</context>
<context>
    <name>trato::CsvReader</name>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 no existe</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>No se puede leer %1</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 está vacío</translation>
    </message>
    <message>
        <source>%1 does not look like a text/CSV file</source>
        <translation>%1 no parece un archivo de texto/CSV</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8 (does the file mix encodings?)</source>
        <translation>el texto no es UTF-8 válido (¿mezcla codificaciones el archivo?)</translation>
    </message>
    <message>
        <source>%1: line %2: bytes that are not valid UTF-8 were read as Windows-1252</source>
        <translation>%1: línea %2: los bytes que no son UTF-8 válido se han leído como Windows-1252</translation>
    </message>
    <message>
        <source>%1: line %2, column %3: </source>
        <translation>%1: línea %2, columna %3: </translation>
    </message>
    <message>
        <source>a quoted field is never closed</source>
        <translation>un campo entre comillas no se cierra nunca</translation>
    </message>
</context>
<context>
    <name>trato::CustomFieldDialog</name>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Long text</source>
        <translation>Texto largo</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Dirección web</translation>
    </message>
    <message>
        <source>Whole number</source>
        <translation>Número entero</translation>
    </message>
    <message>
        <source>Decimal number</source>
        <translation>Número decimal</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Porcentaje</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Yes/No</source>
        <translation>Sí/No</translation>
    </message>
    <message>
        <source>Picklist</source>
        <translation>Lista de selección</translation>
    </message>
    <message>
        <source>Multi-select picklist</source>
        <translation>Lista de selección múltiple</translation>
    </message>
    <message>
        <source>Link to a record</source>
        <translation>Enlace a un registro</translation>
    </message>
    <message>
        <source>A value is required</source>
        <translation>El valor es obligatorio</translation>
    </message>
    <message>
        <source>&amp;Values:</source>
        <translation>&amp;Valores:</translation>
    </message>
    <message>
        <source>Links &amp;to:</source>
        <translation>Enlaza &amp;con:</translation>
    </message>
    <message>
        <source>Show as a column in lists</source>
        <translation>Mostrar como columna en las listas</translation>
    </message>
    <message>
        <source>Include in search</source>
        <translation>Incluir en la búsqueda</translation>
    </message>
    <message>
        <source>New field for %1</source>
        <translation>Nuevo campo de %1</translation>
    </message>
    <message>
        <source>Field label</source>
        <translation>Etiqueta del campo</translation>
    </message>
    <message>
        <source>e.g. Customer code</source>
        <translation>p. ej., Código de cliente</translation>
    </message>
    <message>
        <source>Field name</source>
        <translation>Nombre del campo</translation>
    </message>
    <message>
        <source>The name used by trato-cli and in CSV files: lower-case letters, digits and _.</source>
        <translation>El nombre que usan trato-cli y los archivos CSV: letras minúsculas, cifras y _.</translation>
    </message>
    <message>
        <source>Field type</source>
        <translation>Tipo de campo</translation>
    </message>
    <message>
        <source>Picklist values, one per line</source>
        <translation>Valores de la lista de selección, uno por línea</translation>
    </message>
    <message>
        <source>One value per line</source>
        <translation>Un valor por línea</translation>
    </message>
    <message>
        <source>Linked record type</source>
        <translation>Tipo de registro enlazado</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Etiqueta:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Add field</source>
        <translation>Añadir campo</translation>
    </message>
    <message>
        <source>Give the field a label.</source>
        <translation>Indique una etiqueta para el campo.</translation>
    </message>
    <message>
        <source>Give the field a name made of letters, digits and _.</source>
        <translation>Indique un nombre para el campo formado por letras, cifras y _.</translation>
    </message>
    <message>
        <source>A picklist needs at least one value.</source>
        <translation>Una lista de selección necesita al menos un valor.</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
</context>
<context>
    <name>trato::CustomFields</name>
    <message>
        <source>Unknown entity &quot;%1&quot;.</source>
        <translation>Entidad desconocida «%1».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid field name: use lower-case letters, digits and _, starting with a letter.</source>
        <translation>«%1» no es un nombre de campo válido: use letras minúsculas, cifras y _, empezando por una letra.</translation>
    </message>
    <message>
        <source>%1 already has a field named &quot;%2&quot;.</source>
        <translation>%1 ya tiene un campo llamado «%2».</translation>
    </message>
    <message>
        <source>A picklist field needs at least one value.</source>
        <translation>Un campo de lista de selección necesita al menos un valor.</translation>
    </message>
    <message>
        <source>A relation field needs a target entity; &quot;%1&quot; is not one.</source>
        <translation>Un campo de relación necesita una entidad de destino; «%1» no lo es.</translation>
    </message>
    <message>
        <source>%1 has no field named &quot;%2&quot;.</source>
        <translation>%1 no tiene ningún campo llamado «%2».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a built-in field and cannot be removed.</source>
        <translation>«%1» es un campo integrado y no se puede eliminar.</translation>
    </message>
</context>
<context>
    <name>trato::CustomerFigures</name>
    <message>
        <source>There is no account with id %1.</source>
        <translation>No hay ninguna cuenta con id %1.</translation>
    </message>
    <message>
        <source>%1 has no picklist &quot;%2&quot;.</source>
        <translation>%1 no tiene ninguna lista de selección «%2».</translation>
    </message>
</context>
<context>
    <name>trato::DashboardCard</name>
    <message>
        <source>Arrange this widget</source>
        <translation>Organizar este elemento</translation>
    </message>
    <message>
        <source>No data in this period</source>
        <translation>No hay datos en este periodo</translation>
    </message>
    <message>
        <source>%1, previous period</source>
        <translation>%1, periodo anterior</translation>
    </message>
</context>
<context>
    <name>trato::DashboardView</name>
    <message>
        <source>%1 vs previous period</source>
        <translation>%1 frente al periodo anterior</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Compare with the previous period</source>
        <translation>Comparar con el periodo anterior</translation>
    </message>
    <message>
        <source>Add widget</source>
        <translation>Añadir elemento</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Loading the dashboard…</source>
        <translation>Cargando el panel…</translation>
    </message>
    <message>
        <source>compared with %1</source>
        <translation>comparado con %1</translation>
    </message>
    <message>
        <source>Move earlier</source>
        <translation>Mover antes</translation>
    </message>
    <message>
        <source>Move later</source>
        <translation>Mover después</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <source>Bars</source>
        <translation>Barras</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Pie</source>
        <translation>Circular</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Embudo</translation>
    </message>
    <message>
        <source>Remove from the dashboard</source>
        <translation>Quitar del panel</translation>
    </message>
</context>
<context>
    <name>trato::DashboardWidgets</name>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Potenciales</translation>
    </message>
    <message>
        <source>Open pipeline, %1</source>
        <translation>Embudo abierto, %1</translation>
    </message>
    <message>
        <source>In the funnel (open and won)</source>
        <translation>En el embudo (abiertos y ganados)</translation>
    </message>
    <message>
        <source>Forecast (weighted)</source>
        <translation>Previsión (ponderada)</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Ganado</translation>
    </message>
    <message>
        <source>Forecast; target %1</source>
        <translation>Previsión; objetivo %1</translation>
    </message>
    <message>
        <source>No company sales target for these months (add a sales target).</source>
        <translation>No hay objetivo de ventas de la empresa para estos meses (añada un objetivo de ventas).</translation>
    </message>
    <message>
        <source>Net sales</source>
        <translation>Ventas netas</translation>
    </message>
    <message>
        <source>Net sales in the period</source>
        <translation>Ventas netas del periodo</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(nadie)</translation>
    </message>
    <message>
        <source>Product sales in the period</source>
        <translation>Ventas de productos del periodo</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Pre-contactos</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Convertidos</translation>
    </message>
    <message>
        <source>(no source)</source>
        <translation>(sin origen)</translation>
    </message>
    <message>
        <source>Conversion rate (%1 of %2 leads)</source>
        <translation>Tasa de conversión (%1 de %2 pre-contactos)</translation>
    </message>
    <message>
        <source>Won revenue</source>
        <translation>Ingresos ganados</translation>
    </message>
    <message>
        <source>Actual cost</source>
        <translation>Coste real</translation>
    </message>
    <message>
        <source>%1 (ROI %2 %)</source>
        <translation>%1 (ROI %2 %)</translation>
    </message>
    <message>
        <source>Return on the campaigns&apos; cost</source>
        <translation>Rendimiento del coste de las campañas</translation>
    </message>
    <message>
        <source>No campaign cost recorded</source>
        <translation>No hay costes de campaña registrados</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>Meetings and visits</source>
        <translation>Reuniones y visitas</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Activities completed</source>
        <translation>Actividades completadas</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abiertas</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resueltas</translation>
    </message>
    <message>
        <source>SLA compliance (%1 of %2 due)</source>
        <translation>Cumplimiento del SLA (%1 de %2 con vencimiento)</translation>
    </message>
    <message>
        <source>No SLA due in the period</source>
        <translation>Ningún SLA vence en el periodo</translation>
    </message>
    <message>
        <source>Short of reorder level</source>
        <translation>Por debajo del nivel de reposición</translation>
    </message>
    <message>
        <source>Products at or below their reorder level</source>
        <translation>Productos en su nivel de reposición o por debajo</translation>
    </message>
    <message>
        <source>Sales per month</source>
        <translation>Ventas por mes</translation>
    </message>
    <message>
        <source>Forecast vs target</source>
        <translation>Previsión frente a objetivo</translation>
    </message>
    <message>
        <source>Pipeline by stage</source>
        <translation>Embudo de ventas por fase</translation>
    </message>
    <message>
        <source>Sales funnel</source>
        <translation>Embudo de ventas</translation>
    </message>
    <message>
        <source>Sales per product</source>
        <translation>Ventas por producto</translation>
    </message>
    <message>
        <source>Sales per salesperson</source>
        <translation>Ventas por comercial</translation>
    </message>
    <message>
        <source>Leads by source</source>
        <translation>Pre-contactos por origen</translation>
    </message>
    <message>
        <source>Campaign ROI</source>
        <translation>ROI de campañas</translation>
    </message>
    <message>
        <source>Activities per operator</source>
        <translation>Actividades por operador</translation>
    </message>
    <message>
        <source>Tickets opened and resolved</source>
        <translation>Incidencias abiertas y resueltas</translation>
    </message>
    <message>
        <source>Stock alerts</source>
        <translation>Alertas de existencias</translation>
    </message>
    <message>
        <source>There is no dashboard widget &quot;%1&quot;. Widgets: %2.</source>
        <translation>No existe el elemento de panel &quot;%1&quot;. Elementos: %2.</translation>
    </message>
    <message>
        <source>The dashboard&apos;s period is empty or invalid.</source>
        <translation>El periodo del panel está vacío o no es válido.</translation>
    </message>
    <message>
        <source>There is no dashboard widget &quot;%1&quot;.</source>
        <translation>No existe el elemento de panel &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>trato::Dashboards</name>
    <message>
        <source>The dashboard layout is not a JSON object: %1.</source>
        <translation>El diseño del panel no es un objeto JSON: %1.</translation>
    </message>
    <message>
        <source>The dashboard layout has no &quot;widgets&quot; list.</source>
        <translation>El diseño del panel no tiene la lista &quot;widgets&quot;.</translation>
    </message>
    <message>
        <source>Widget %1 of the dashboard layout has no type.</source>
        <translation>El elemento %1 del diseño del panel no tiene tipo.</translation>
    </message>
    <message>
        <source>Widget %1 of the dashboard layout has an unknown chart &quot;%2&quot;.</source>
        <translation>El elemento %1 del diseño del panel tiene un gráfico desconocido &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>My dashboard</source>
        <translation>Mi panel</translation>
    </message>
    <message>
        <source>A dashboard needs a name.</source>
        <translation>Un panel necesita un nombre.</translation>
    </message>
    <message>
        <source>There is no chart &quot;%1&quot;. Charts: %2.</source>
        <translation>No existe el gráfico &quot;%1&quot;. Gráficos: %2.</translation>
    </message>
    <message>
        <source>The dashboard already shows &quot;%1&quot;.</source>
        <translation>El panel ya muestra &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The dashboard has no widget %1.</source>
        <translation>El panel no tiene el elemento %1.</translation>
    </message>
    <message>
        <source>The dashboard cannot move widget %1 to place %2.</source>
        <translation>El panel no puede mover el elemento %1 a la posición %2.</translation>
    </message>
</context>
<context>
    <name>trato::Database</name>
    <message>
        <source>No database file given.</source>
        <translation>No se ha indicado ningún archivo de base de datos.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 es una carpeta, no un archivo de base de datos.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Trato database (it is not an SQLite file, or it is damaged).</source>
        <translation>%1 no es una base de datos de Trato (no es un archivo SQLite o está dañado).</translation>
    </message>
    <message>
        <source>%1 is read-only. Trato needs to write to its database: check the file&apos;s permissions.</source>
        <translation>%1 es de solo lectura. Trato necesita escribir en su base de datos: compruebe los permisos del archivo.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only. Trato keeps its journal beside the database and needs to write there.</source>
        <translation>La carpeta %1 es de solo lectura. Trato guarda su diario junto a la base de datos y necesita escribir en ella.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Cannot create %1: the folder is not writable.</source>
        <translation>No se puede crear %1: no se puede escribir en la carpeta.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 is locked by another program. Close it and try again.</source>
        <translation>Otro programa tiene bloqueado %1. Ciérrelo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Restore a backup copy.</source>
        <translation>%1 está dañado (%2). Restaure una copia de seguridad.</translation>
    </message>
    <message>
        <source>Cannot prepare %1: %2</source>
        <translation>No se puede preparar %1: %2</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Trato (database schema %2; this version understands up to %3). Update Trato to open it.</source>
        <translation>%1 se creó con una versión más reciente de Trato (esquema de base de datos %2; esta versión admite hasta el %3). Actualice Trato para abrirlo.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a Trato one.</source>
        <translation>%1 es una base de datos SQLite, pero no de Trato.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>No se puede crear la carpeta de copias de seguridad %1.</translation>
    </message>
    <message>
        <source>Could not back up %1 before upgrading it: %2</source>
        <translation>No se ha podido hacer una copia de seguridad de %1 antes de actualizarlo: %2</translation>
    </message>
    <message>
        <source>Missing migration %1</source>
        <translation>Falta la migración %1</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed: %2</source>
        <translation>Error al actualizar la base de datos al esquema %1: %2</translation>
    </message>
    <message>
        <source>Integrity check of %1 failed: %2</source>
        <translation>Error en la comprobación de integridad de %1: %2</translation>
    </message>
    <message>
        <source>%1 has damage: %2. Restore a backup copy or export what you can.</source>
        <translation>%1 tiene daños: %2. Restaure una copia de seguridad o exporte lo que pueda.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 ya existe; elija otro nombre.</translation>
    </message>
    <message>
        <source>Cannot write a backup to %1: the folder does not exist or is not writable.</source>
        <translation>No se puede escribir una copia de seguridad en %1: la carpeta no existe o no se puede escribir en ella.</translation>
    </message>
    <message>
        <source>The backup to %1 failed: %2</source>
        <translation>Error al hacer la copia de seguridad en %1: %2</translation>
    </message>
</context>
<context>
    <name>trato::DedupeActions</name>
    <message>
        <source>Converted the lead: contact %1.</source>
        <translation>Pre-contacto convertido: contacto %1.</translation>
    </message>
    <message>
        <source>Find duplicates…</source>
        <translation>Buscar duplicados…</translation>
    </message>
    <message>
        <source>Find records that look like the same one and merge them</source>
        <translation>Buscar registros que parecen el mismo y fusionarlos</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Fusionar…</translation>
    </message>
    <message numerus="yes">
        <source>Merged %n records.</source>
        <translation>
            <numerusform>Se ha fusionado %n registro.</numerusform>
            <numerusform>Se han fusionado %n registros.</numerusform>
        </translation>
    </message>
    <message>
        <source>Convert lead…</source>
        <translation>Convertir pre-contacto…</translation>
    </message>
    <message>
        <source>Turn this lead into an account and a contact</source>
        <translation>Convertir este pre-contacto en una cuenta y un contacto</translation>
    </message>
    <message>
        <source>Opened the opportunity %1.</source>
        <translation>Se ha abierto el potencial %1.</translation>
    </message>
</context>
<context>
    <name>trato::DemoData</name>
    <message>
        <source>The demo size must be between 1 and 10,000,000 contacts.</source>
        <translation>El tamaño de la demostración debe estar entre 1 y 10.000.000 de contactos.</translation>
    </message>
    <message>
        <source>demo data, seed %1, size %2</source>
        <translation>datos de demostración, semilla %1, tamaño %2</translation>
    </message>
    <message>
        <source>Demo data generation was cancelled; nothing was written.</source>
        <translation>Se ha cancelado la generación de datos de demostración; no se ha escrito nada.</translation>
    </message>
</context>
<context>
    <name>trato::DemoLoader</name>
    <message>
        <source>Loading demo data: %1 contacts with their accounts and leads…</source>
        <translation>Cargando datos de demostración: %1 contactos con sus cuentas y pre-contactos…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Datos de demostración</translation>
    </message>
    <message>
        <source>Demo data progress</source>
        <translation>Progreso de los datos de demostración</translation>
    </message>
    <message>
        <source>Loaded demo data: %1 accounts, %2 contacts, %3 leads and %4 activities.</source>
        <translation>Datos de demostración cargados: %1 cuentas, %2 contactos, %3 pre-contactos y %4 actividades.</translation>
    </message>
</context>
<context>
    <name>trato::DemoStock</name>
    <message>
        <source>Damaged in the warehouse (stock count)</source>
        <translation>Dañado en el almacén (recuento de existencias)</translation>
    </message>
</context>
<context>
    <name>trato::Dialogs</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save your changes to %1?</source>
        <translation>¿Guardar los cambios en «%1»?</translation>
    </message>
    <message>
        <source>If you don&apos;t save, your changes will be lost.</source>
        <translation>Si no los guarda, se perderán los cambios.</translation>
    </message>
</context>
<context>
    <name>trato::DocumentActions</name>
    <message>
        <source>Convert to order</source>
        <translation>Convertir en pedido</translation>
    </message>
    <message>
        <source>Convert to invoice</source>
        <translation>Convertir en factura</translation>
    </message>
    <message>
        <source>Ship</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Cancelar pedido</translation>
    </message>
    <message>
        <source>Issue invoice</source>
        <translation>Emitir factura</translation>
    </message>
    <message>
        <source>Issue credit note</source>
        <translation>Emitir factura rectificativa</translation>
    </message>
    <message>
        <source>Record payment…</source>
        <translation>Registrar pago…</translation>
    </message>
    <message>
        <source>Credit note…</source>
        <translation>Factura rectificativa…</translation>
    </message>
    <message>
        <source>Convert</source>
        <translation>Convertir</translation>
    </message>
    <message>
        <source>Draft invoice created.</source>
        <translation>Se ha creado la factura en borrador.</translation>
    </message>
    <message>
        <source>Sales order created.</source>
        <translation>Se ha creado el pedido de venta.</translation>
    </message>
    <message>
        <source>Order shipped.</source>
        <translation>Pedido enviado.</translation>
    </message>
    <message>
        <source>Order shipped. %1</source>
        <translation>Pedido enviado. %1</translation>
    </message>
    <message>
        <source>Cancel this sales order and release its reserved stock?</source>
        <translation>¿Cancelar este pedido de venta y liberar sus existencias reservadas?</translation>
    </message>
    <message>
        <source>Order cancelled.</source>
        <translation>Pedido cancelado.</translation>
    </message>
    <message>
        <source>Once issued it gets its number and can no longer be changed. Issue it now?</source>
        <translation>Una vez emitida, recibe su número y ya no se puede modificar. ¿Emitirla ahora?</translation>
    </message>
    <message>
        <source>Issued as %1.</source>
        <translation>Emitida como %1.</translation>
    </message>
    <message>
        <source>Payment recorded.</source>
        <translation>Pago registrado.</translation>
    </message>
    <message>
        <source>Credit note issued.</source>
        <translation>Factura rectificativa emitida.</translation>
    </message>
</context>
<context>
    <name>trato::DocumentCalc</name>
    <message>
        <source>a discount cannot be more than 100 %</source>
        <translation>un descuento no puede superar el 100 %</translation>
    </message>
    <message>
        <source>a discount cannot be negative</source>
        <translation>un descuento no puede ser negativo</translation>
    </message>
    <message>
        <source>a discount amount cannot be negative</source>
        <translation>un importe de descuento no puede ser negativo</translation>
    </message>
    <message>
        <source>the unit price cannot be negative</source>
        <translation>el precio unitario no puede ser negativo</translation>
    </message>
    <message>
        <source>a tax rate cannot be negative</source>
        <translation>un tipo impositivo no puede ser negativo</translation>
    </message>
    <message>
        <source>the discounts are larger than the line amount</source>
        <translation>los descuentos superan el importe de la línea</translation>
    </message>
</context>
<context>
    <name>trato::DocumentLines</name>
    <message>
        <source>&quot;%1&quot; is not a sales document (use quote, sales_order, invoice or credit_note).</source>
        <translation>&quot;%1&quot; no es un documento de venta (use quote, sales_order, invoice o credit_note).</translation>
    </message>
    <message>
        <source>There is no %1 with the id %2.</source>
        <translation>No existe ningún %1 con el id %2.</translation>
    </message>
    <message>
        <source>The lines of %1 cannot change: it is %2 (only a draft or open document is edited; an issued invoice is corrected with a credit note).</source>
        <translation>Las líneas de %1 no se pueden cambiar: está en estado %2 (solo se edita un documento en borrador o abierto; una factura emitida se corrige con una factura rectificativa).</translation>
    </message>
    <message>
        <source>The %1 %2 has no line %3.</source>
        <translation>%1 %2 no tiene la línea %3.</translation>
    </message>
    <message>
        <source>A line&apos;s item is a product or a service, not &quot;%1&quot;.</source>
        <translation>El artículo de una línea es un producto o un servicio, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Only a product can carry a configuration.</source>
        <translation>Solo un producto puede llevar una configuración.</translation>
    </message>
    <message>
        <source>The configuration is for another product.</source>
        <translation>La configuración es de otro producto.</translation>
    </message>
    <message>
        <source>A text line needs its text.</source>
        <translation>Una línea de texto necesita su texto.</translation>
    </message>
    <message>
        <source>Only a product line can be configured.</source>
        <translation>Solo se puede configurar una línea de producto.</translation>
    </message>
    <message>
        <source>Line %1 is already the first.</source>
        <translation>La línea %1 ya es la primera.</translation>
    </message>
    <message>
        <source>Line %1 is already the last.</source>
        <translation>La línea %1 ya es la última.</translation>
    </message>
</context>
<context>
    <name>trato::DocumentPrinter</name>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Cant.</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Descuento</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>IVA</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>(Set the company name in Settings → Company)</source>
        <translation>(Indique el nombre de la empresa en Configuración → Empresa)</translation>
    </message>
    <message>
        <source>Tax id: %1</source>
        <translation>NIF: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Teléfono: %1</translation>
    </message>
    <message>
        <source>DRAFT (not numbered)</source>
        <translation>BORRADOR (sin numerar)</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>N.º %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Attn.: %1</source>
        <translation>A/A: %1</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>Enviar a</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Asunto: %1</translation>
    </message>
    <message>
        <source>%1 (DRAFT)</source>
        <translation>%1 (BORRADOR)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Tax base</source>
        <translation>Base imponible</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Surcharge rate</source>
        <translation>Tipo de recargo</translation>
    </message>
    <message>
        <source>Surcharge</source>
        <translation>Recargo</translation>
    </message>
    <message>
        <source>TAX BREAKDOWN</source>
        <translation>DESGLOSE DE IMPUESTOS</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Descuentos</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Neto</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Portes</translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation>Impuestos</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Condiciones de pago</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Cuenta bancaria</translation>
    </message>
    <message>
        <source>IBAN %1</source>
        <translation>IBAN %1</translation>
    </message>
    <message>
        <source> (holder: %1)</source>
        <translation> (titular: %1)</translation>
    </message>
    <message>
        <source>Terms and conditions</source>
        <translation>Términos y condiciones</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>BORRADOR</translation>
    </message>
    <message>
        <source>Cannot write the PDF %1: %2</source>
        <translation>No se puede escribir el PDF %1: %2</translation>
    </message>
    <message>
        <source>The PDF %1 was not written.</source>
        <translation>No se ha escrito el PDF %1.</translation>
    </message>
</context>
<context>
    <name>trato::DuplicateWarningDialog</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation>&amp;Guardar de todos modos</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Posible duplicado</translation>
    </message>
    <message>
        <source>This %1 looks like one that already exists:</source>
        <translation>Este registro de %1 se parece a uno que ya existe:</translation>
    </message>
    <message>
        <source>This %1 looks like %2 that already exist:</source>
        <translation>Este registro de %1 se parece a %2 que ya existen:</translation>
    </message>
    <message>
        <source>Existing records</source>
        <translation>Registros existentes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Open the selected record instead of saving this one</source>
        <translation>Abrir el registro seleccionado en lugar de guardar este</translation>
    </message>
    <message>
        <source>Save this record as well</source>
        <translation>Guardar también este registro</translation>
    </message>
</context>
<context>
    <name>trato::DuplicatesDialog</name>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Fusionar…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>Duplicados de %1</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Groups of duplicates</source>
        <translation>Grupos de duplicados</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Merge the records of the selected group</source>
        <translation>Fusionar los registros del grupo seleccionado</translation>
    </message>
    <message>
        <source>Open the selected record</source>
        <translation>Abrir el registro seleccionado</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Buscando duplicados…</translation>
    </message>
    <message>
        <source>No duplicates among %1 records.</source>
        <translation>No hay duplicados entre %1 registros.</translation>
    </message>
    <message>
        <source>Groups of duplicates: %1 (%2 of %3 records).</source>
        <translation>Grupos de duplicados: %1 (%2 de %3 registros).</translation>
    </message>
    <message>
        <source>The largest %1 are shown; merge them and search again for the rest.</source>
        <translation>Se muestran los %1 más grandes; fusiónelos y vuelva a buscar para ver el resto.</translation>
    </message>
    <message>
        <source>Group %1 (%2 records)</source>
        <translation>Grupo %1 (%2 registros)</translation>
    </message>
</context>
<context>
    <name>trato::ExportDialog</name>
    <message>
        <source>Use field labels as column headers</source>
        <translation>Usar las etiquetas de los campos como cabeceras de columna</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exportar %1</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Archivo de destino</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>Archivos vCard (*.vcf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>CSV (spreadsheets, other programs)</source>
        <translation>CSV (hojas de cálculo, otros programas)</translation>
    </message>
    <message>
        <source>vCard 4.0 (address books, phones)</source>
        <translation>vCard 4.0 (libretas de direcciones, teléfonos)</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Coma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; ) — Excel in Spanish</source>
        <translation>Punto y coma ( ; ) — Excel en español</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <source>UTF-8 with BOM (Excel, LibreOffice)</source>
        <translation>UTF-8 con BOM (Excel, LibreOffice)</translation>
    </message>
    <message>
        <source>UTF-8 without BOM</source>
        <translation>UTF-8 sin BOM</translation>
    </message>
    <message>
        <source>Windows-1252 (old programs)</source>
        <translation>Windows-1252 (programas antiguos)</translation>
    </message>
    <message>
        <source>The records the list shows (its search and filter)</source>
        <translation>Los registros que muestra la lista (con su búsqueda y su filtro)</translation>
    </message>
    <message>
        <source>All %1</source>
        <translation>Todos los registros de %1</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>&amp;Registros:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Separador:</translation>
    </message>
    <message>
        <source>E&amp;ncoding:</source>
        <translation>&amp;Codificación:</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Exported %1 records to %2.</source>
        <translation>Se han exportado %1 registros a %2.</translation>
    </message>
</context>
<context>
    <name>trato::Exporter</name>
    <message>
        <source>Unknown entity &quot;%1&quot;. Known entities: %2.</source>
        <translation>Entidad desconocida «%1». Entidades disponibles: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot separate CSV fields; use a comma, a semicolon or a tab.</source>
        <translation>«%1» no puede separar campos CSV; use una coma, un punto y coma o un tabulador.</translation>
    </message>
    <message>
        <source>%1 has no field &quot;%2&quot;.</source>
        <translation>%1 no tiene ningún campo «%2».</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>record %1: &quot;%2&quot; (U+%3) cannot be written in Windows-1252; export as UTF-8 instead.</source>
        <translation>registro %1: «%2» (U+%3) no se puede escribir en Windows-1252; exporte en UTF-8.</translation>
    </message>
    <message>
        <source>The export was cancelled; %1 was not written.</source>
        <translation>Se ha cancelado la exportación; no se ha escrito %1.</translation>
    </message>
</context>
<context>
    <name>trato::FieldEditor</name>
    <message>
        <source>name@example.com</source>
        <translation>nombre@example.com</translation>
    </message>
    <message>
        <source>www.example.com</source>
        <translation>www.example.com</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>Borrar %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
</context>
<context>
    <name>trato::FieldsPage</name>
    <message>
        <source>&amp;Add field…</source>
        <translation>Añadir ca&amp;mpo…</translation>
    </message>
    <message>
        <source>&amp;Remove field</source>
        <translation>&amp;Eliminar campo</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Tipo de registro</translation>
    </message>
    <message>
        <source>Fields &amp;of:</source>
        <translation>Campos &amp;de:</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Shown in</source>
        <translation>Se muestra en</translation>
    </message>
    <message>
        <source>Add field</source>
        <translation>Añadir campo</translation>
    </message>
    <message>
        <source>Remove field</source>
        <translation>Eliminar campo</translation>
    </message>
    <message>
        <source>Only fields you added can be removed.</source>
        <translation>Solo se pueden eliminar los campos añadidos por usted.</translation>
    </message>
    <message>
        <source>Fields you add appear at once in forms, lists, search, import and export. Built-in fields cannot be removed.</source>
        <translation>Los campos que añada aparecen de inmediato en formularios, listas, búsqueda, importación y exportación. Los campos integrados no se pueden eliminar.</translation>
    </message>
    <message>
        <source>form</source>
        <translation>formulario</translation>
    </message>
    <message>
        <source>list</source>
        <translation>lista</translation>
    </message>
    <message>
        <source>search</source>
        <translation>búsqueda</translation>
    </message>
    <message>
        <source>import</source>
        <translation>importación</translation>
    </message>
    <message>
        <source>Added by you</source>
        <translation>Añadido por usted</translation>
    </message>
    <message>
        <source>Kept by Trato</source>
        <translation>Gestionado por Trato</translation>
    </message>
    <message>
        <source>Remove the field &quot;%1&quot; and the values stored in it from every record? This cannot be undone.</source>
        <translation>¿Eliminar el campo «%1» y los valores guardados en él de todos los registros? No se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>trato::Filter</name>
    <message>
        <source>is</source>
        <translation>es</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>no es</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>contiene</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>empieza por</translation>
    </message>
    <message>
        <source>is less than</source>
        <translation>es menor que</translation>
    </message>
    <message>
        <source>is at most</source>
        <translation>es como máximo</translation>
    </message>
    <message>
        <source>is more than</source>
        <translation>es mayor que</translation>
    </message>
    <message>
        <source>is at least</source>
        <translation>es como mínimo</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>está en blanco</translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation>no está en blanco</translation>
    </message>
    <message>
        <source>in the last N days</source>
        <translation>en los últimos N días</translation>
    </message>
    <message>
        <source>more than N days ago</source>
        <translation>hace más de N días</translation>
    </message>
    <message>
        <source>has tag</source>
        <translation>tiene la etiqueta</translation>
    </message>
    <message>
        <source>does not have tag</source>
        <translation>no tiene la etiqueta</translation>
    </message>
    <message>
        <source>%1 (in the condition &quot;%2&quot;)</source>
        <translation>%1 (en la condición «%2»)</translation>
    </message>
    <message>
        <source>%1 has no field &quot;%2&quot;</source>
        <translation>%1 no tiene ningún campo «%2»</translation>
    </message>
    <message>
        <source>%1 (%2): &quot;%3&quot; does not apply to a field of type %4</source>
        <translation>%1 (%2): «%3» no se aplica a un campo de tipo %4</translation>
    </message>
    <message>
        <source>%1 (%2): the number of days is missing</source>
        <translation>%1 (%2): falta el número de días</translation>
    </message>
    <message>
        <source>%1 (%2): &quot;%3&quot; needs a value</source>
        <translation>%1 (%2): «%3» necesita un valor</translation>
    </message>
    <message>
        <source>%1 (%2): &quot;%3&quot; is not a number of days</source>
        <translation>%1 (%2): «%3» no es un número de días</translation>
    </message>
    <message>
        <source>%1 (%2): give one value</source>
        <translation>%1 (%2): indique un solo valor</translation>
    </message>
    <message>
        <source>%1 (%2): give one tag</source>
        <translation>%1 (%2): indique una sola etiqueta</translation>
    </message>
    <message>
        <source>write FIELD, an operator (= != ~ ^= &lt; &lt;= &gt; &gt;=) and a value, e.g. city=Madrid</source>
        <translation>escriba CAMPO, un operador (= != ~ ^= &lt; &lt;= &gt; &gt;=) y un valor, p. ej., city=Madrid</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 in the last %2 days</source>
        <translation>%1 en los últimos %2 días</translation>
    </message>
    <message>
        <source>%1 more than %2 days ago</source>
        <translation>%1 hace más de %2 días</translation>
    </message>
    <message>
        <source>%1 %2 &quot;%3&quot;</source>
        <translation>%1 %2 «%3»</translation>
    </message>
    <message>
        <source>unknown operator &quot;%1&quot;</source>
        <translation>operador desconocido «%1»</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>es uno de</translation>
    </message>
</context>
<context>
    <name>trato::FilterDialog</name>
    <message>
        <source>Add condition</source>
        <translation>Añadir condición</translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation>Filtrar %1</translation>
    </message>
    <message>
        <source>Show the %1 that meet all of these conditions:</source>
        <translation>Mostrar los registros de %1 que cumplan todas estas condiciones:</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Field of condition %1</source>
        <translation>Campo de la condición %1</translation>
    </message>
    <message>
        <source>Operator of condition %1</source>
        <translation>Operador de la condición %1</translation>
    </message>
    <message>
        <source>Value of condition %1</source>
        <translation>Valor de la condición %1</translation>
    </message>
    <message>
        <source>Remove condition %1</source>
        <translation>Quitar la condición %1</translation>
    </message>
    <message>
        <source>number of days</source>
        <translation>número de días</translation>
    </message>
</context>
<context>
    <name>trato::FollowUpRules</name>
    <message>
        <source>Follow up with %1</source>
        <translation>Seguimiento con %1</translation>
    </message>
    <message>
        <source>Follow-up call with %1</source>
        <translation>Llamada de seguimiento con %1</translation>
    </message>
    <message>
        <source>Call %1 again</source>
        <translation>Llamar de nuevo a %1</translation>
    </message>
    <message>
        <source>Find the right number for %1</source>
        <translation>Buscar el número correcto de %1</translation>
    </message>
    <message>
        <source>Call %1 back</source>
        <translation>Volver a llamar a %1</translation>
    </message>
    <message>
        <source>Meeting with %1</source>
        <translation>Reunión con %1</translation>
    </message>
    <message>
        <source>After-sale follow-up with %1</source>
        <translation>Seguimiento posventa con %1</translation>
    </message>
    <message>
        <source>Unknown outcome &quot;%1&quot; (known: %2).</source>
        <translation>Resultado desconocido «%1» (conocidos: %2).</translation>
    </message>
    <message>
        <source>The follow-up of &quot;%1&quot; has an unknown kind &quot;%2&quot; (known: %3).</source>
        <translation>El seguimiento de «%1» tiene un tipo desconocido «%2» (conocidos: %3).</translation>
    </message>
    <message>
        <source>The follow-up of &quot;%1&quot; must come between now and a year from now.</source>
        <translation>El seguimiento de «%1» debe estar entre ahora y dentro de un año.</translation>
    </message>
    <message>
        <source>The follow-up of &quot;%1&quot; needs a subject.</source>
        <translation>El seguimiento de «%1» necesita un asunto.</translation>
    </message>
    <message>
        <source>Closing after &quot;%1&quot; needs a reason.</source>
        <translation>Cerrar tras «%1» necesita un motivo.</translation>
    </message>
    <message>
        <source>Unknown reason &quot;%1&quot; for closing after &quot;%2&quot;.</source>
        <translation>Motivo desconocido «%1» para cerrar tras «%2».</translation>
    </message>
    <message>
        <source>Follow-up rules must be a JSON array: %1</source>
        <translation>Las reglas de seguimiento deben ser un array JSON: %1</translation>
    </message>
    <message>
        <source>Unknown next step &quot;%1&quot; in the rule of &quot;%2&quot;.</source>
        <translation>Siguiente paso desconocido «%1» en la regla de «%2».</translation>
    </message>
</context>
<context>
    <name>trato::Forecast</name>
    <message>
        <source>The forecast period ends (%1) before it starts (%2).</source>
        <translation>El periodo de previsión termina (%1) antes de empezar (%2).</translation>
    </message>
    <message>
        <source>The forecast period can span at most 120 months.</source>
        <translation>El periodo de previsión puede abarcar como máximo 120 meses.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>trato::ForecastPage</name>
    <message>
        <source>Forecast</source>
        <translation>Previsión</translation>
    </message>
    <message>
        <source>Month of expected close</source>
        <translation>Mes de cierre previsto</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Desde:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Hasta:</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>Por:</translation>
    </message>
    <message>
        <source>Weighted: open amounts × probability plus won amounts. Best case: open and won amounts. Lost opportunities and those without an expected close do not count.</source>
        <translation>Ponderado: importes abiertos × probabilidad más importes ganados. Mejor caso: importes abiertos y ganados. No cuentan los potenciales perdidos ni los que no tienen cierre previsto.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Ponderado</translation>
    </message>
    <message>
        <source>Best case</source>
        <translation>Mejor caso</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Ganado</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(sin propietario)</translation>
    </message>
</context>
<context>
    <name>trato::GlobalSearchDialog</name>
    <message>
        <source>Search everything</source>
        <translation>Buscar en todo</translation>
    </message>
    <message>
        <source>Search accounts, contacts, leads… (names, emails, phones, cities)</source>
        <translation>Buscar cuentas, contactos, pre-contactos… (nombres, correos, teléfonos, ciudades)</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Texto de búsqueda</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Type to search. Accents don&apos;t matter; &quot;jose gar&quot; finds &quot;José García&quot;.</source>
        <translation>Escriba para buscar. Los acentos no importan: «jose gar» encuentra «José García».</translation>
    </message>
    <message>
        <source>Type to search.</source>
        <translation>Escriba para buscar.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>La búsqueda ha fallado: %1</translation>
    </message>
    <message>
        <source>Nothing matches &quot;%1&quot;.</source>
        <translation>No hay resultados para «%1».</translation>
    </message>
    <message>
        <source>Matches: %1. Enter opens the selected one.</source>
        <translation>Resultados: %1. Intro abre el seleccionado.</translation>
    </message>
</context>
<context>
    <name>trato::HistoryModel</name>
    <message>
        <source>outside Trato</source>
        <translation>fuera de Trato</translation>
    </message>
    <message>
        <source>Record created</source>
        <translation>Registro creado</translation>
    </message>
    <message>
        <source>Record created in bulk</source>
        <translation>Registro creado en bloque</translation>
    </message>
    <message>
        <source>Deleted permanently</source>
        <translation>Eliminado definitivamente</translation>
    </message>
    <message>
        <source>Moved to the Trash</source>
        <translation>Movido a la Papelera</translation>
    </message>
    <message>
        <source>Restored from the Trash</source>
        <translation>Restaurado de la Papelera</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Después</translation>
    </message>
</context>
<context>
    <name>trato::HomeView</name>
    <message>
        <source>Load demo data</source>
        <translation>Cargar datos de demostración</translation>
    </message>
    <message>
        <source>Start with an empty database</source>
        <translation>Empezar con una base de datos vacía</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Datos de demostración</translation>
    </message>
    <message>
        <source>Welcome to Trato</source>
        <translation>Le damos la bienvenida a Trato</translation>
    </message>
    <message>
        <source>Trato logo</source>
        <translation>Logotipo de Trato</translation>
    </message>
    <message>
        <source>Your customers, deals and service in one place. Database: %1</source>
        <translation>Sus clientes, negocios y servicio en un solo lugar. Base de datos: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;This database is empty.&lt;/b&gt; Would you like to explore Trato with demo data (invented Spanish and international companies, contacts and leads)? You can delete it later or start over with a new database.</source>
        <translation>&lt;b&gt;Esta base de datos está vacía.&lt;/b&gt; ¿Quiere explorar Trato con datos de demostración (empresas, contactos y pre-contactos ficticios, españoles e internacionales)? Puede eliminarlos más tarde o empezar de cero con una base de datos nueva.</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Tamaño:</translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation>%1 contactos</translation>
    </message>
    <message>
        <source>Demo data size</source>
        <translation>Tamaño de los datos de demostración</translation>
    </message>
    <message>
        <source>In this database</source>
        <translation>En esta base de datos</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Abrir %1</translation>
    </message>
    <message>
        <source>Tips: Ctrl+K searches everything, Ctrl+1 to Ctrl+8 switch modules, Ctrl+N creates a record in the list you are in, Enter opens the selected record.</source>
        <translation>Consejos: Ctrl+K busca en todo, de Ctrl+1 a Ctrl+8 se cambia de módulo, Ctrl+N crea un registro en la lista en la que esté, Intro abre el registro seleccionado.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
</context>
<context>
    <name>trato::ICalendar</name>
    <message>
        <source>%1 is not a valid date or time</source>
        <translation>%1 no es una fecha u hora válida</translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot; (no VTIMEZONE block and not in the zone database)</source>
        <translation>zona horaria desconocida «%1» (no hay bloque VTIMEZONE y no está en la base de datos de zonas)</translation>
    </message>
    <message>
        <source>Could not read the activities: %1</source>
        <translation>No se han podido leer las actividades: %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se ha podido escribir %1: %2</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No se ha podido leer %1: %2</translation>
    </message>
    <message>
        <source>%1: libical could not read the file</source>
        <translation>%1: libical no ha podido leer el archivo</translation>
    </message>
    <message>
        <source>%1 refused: %2</source>
        <translation>%1 rechazado: %2</translation>
    </message>
    <message>
        <source>the %1 has no UID</source>
        <translation>el %1 no tiene UID</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>skipped the task &quot;%1&quot;: it has no due date</source>
        <translation>se ha omitido la tarea «%1»: no tiene fecha de vencimiento</translation>
    </message>
    <message>
        <source>the VEVENT &quot;%1&quot; has no DTSTART</source>
        <translation>el VEVENT «%1» no tiene DTSTART</translation>
    </message>
    <message>
        <source>the VEVENT &quot;%1&quot; ends before it starts</source>
        <translation>el VEVENT «%1» termina antes de empezar</translation>
    </message>
    <message>
        <source>the RRULE of &quot;%1&quot; cannot be expanded</source>
        <translation>la RRULE de «%1» no se puede expandir</translation>
    </message>
    <message>
        <source>&quot;%1&quot; repeats more than %2 times: only the first %2 were imported</source>
        <translation>«%1» se repite más de %2 veces: solo se han importado las %2 primeras</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Importación cancelada: no se ha importado nada.</translation>
    </message>
    <message>
        <source>Could not look up %1: %2</source>
        <translation>No se ha podido buscar %1: %2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; (UID %3): %4</source>
        <translation>%1: «%2» (UID %3): %4</translation>
    </message>
    <message>
        <source>a continuation line with no line before it</source>
        <translation>una línea de continuación sin ninguna línea antes</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: el archivo está vacío</translation>
    </message>
    <message>
        <source>this is not an iCalendar file (it does not start with BEGIN:VCALENDAR)</source>
        <translation>no es un archivo iCalendar (no empieza por BEGIN:VCALENDAR)</translation>
    </message>
    <message>
        <source>broken line &quot;%1&quot; (expected NAME:VALUE)</source>
        <translation>línea mal formada «%1» (se esperaba NAME:VALUE)</translation>
    </message>
    <message>
        <source>BEGIN without a component name</source>
        <translation>BEGIN sin nombre de componente</translation>
    </message>
    <message>
        <source>unknown component %1 (Trato reads VEVENT and VTODO)</source>
        <translation>componente desconocido %1 (Trato lee VEVENT y VTODO)</translation>
    </message>
    <message>
        <source>skipped the unknown component %1</source>
        <translation>se ha omitido el componente desconocido %1</translation>
    </message>
    <message>
        <source>END:%1 without a BEGIN</source>
        <translation>END:%1 sin BEGIN</translation>
    </message>
    <message>
        <source>END:%1 where END:%2 was expected (BEGIN:%2 at line %3)</source>
        <translation>END:%1 donde se esperaba END:%2 (BEGIN:%2 en la línea %3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; outside BEGIN:VCALENDAR ... END:VCALENDAR</source>
        <translation>«%1» fuera de BEGIN:VCALENDAR ... END:VCALENDAR</translation>
    </message>
    <message>
        <source>%1: missing END:%2 for BEGIN:%2 at line %3 (the file ends before it)</source>
        <translation>%1: falta END:%2 para BEGIN:%2 en la línea %3 (el archivo termina antes)</translation>
    </message>
</context>
<context>
    <name>trato::ImportLog</name>
    <message>
        <source>There is no import with id %1; `trato-cli imports` lists them.</source>
        <translation>No hay ninguna importación con id %1; `trato-cli imports` las lista.</translation>
    </message>
    <message>
        <source>The import of %1 was already reverted on %2.</source>
        <translation>La importación de %1 ya se revirtió el %2.</translation>
    </message>
    <message>
        <source>%1 of the %2 %3 records it created were deleted for good since</source>
        <translation>desde entonces se han eliminado definitivamente %1 de los %2 registros de %3 que creó</translation>
    </message>
    <message>
        <source>%1 %2 records it created were changed since</source>
        <translation>desde entonces se han modificado %1 registros de %2 que creó</translation>
    </message>
    <message>
        <source>%1 records it updated were changed again since</source>
        <translation>desde entonces se han vuelto a modificar %1 registros que actualizó</translation>
    </message>
    <message>
        <source>The import of %1 cannot be reverted safely: %2. Revert with --force to undo it anyway (those later changes are lost).</source>
        <translation>La importación de %1 no se puede revertir con seguridad: %2. Reviértala con --force para deshacerla de todos modos (se perderán esos cambios posteriores).</translation>
    </message>
</context>
<context>
    <name>trato::ImportWizard</name>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Actualiza</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Import wizard</source>
        <translation>Asistente de importación</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Elija el archivo</translation>
    </message>
    <message>
        <source>CSV files from Outlook, Google Contacts, other CRMs or a spreadsheet, and vCard files.</source>
        <translation>Archivos CSV de Outlook, Google Contactos, otros CRM o una hoja de cálculo, y archivos vCard.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Archivo que importar</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>CSV and vCard files (*.csv *.txt *.tsv *.vcf *.vcard);;All files (*)</source>
        <translation>Archivos CSV y vCard (*.csv *.txt *.tsv *.vcf *.vcard);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import into</source>
        <translation>Importar en</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Detectar</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>vCard</source>
        <translation>vCard</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Codificación</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Separador</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Coma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Punto y coma ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Barra vertical ( | )</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>A&amp;rchivo:</translation>
    </message>
    <message>
        <source>&amp;Import into:</source>
        <translation>&amp;Importar en:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codificación:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>Se&amp;parador:</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>Asigne las columnas</translation>
    </message>
    <message>
        <source>Choose the field each column goes to. Recognized columns are filled in; the choice is remembered for files with the same columns.</source>
        <translation>Elija el campo al que va cada columna. Las columnas reconocidas ya vienen asignadas; la elección se recuerda para los archivos con las mismas columnas.</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Correspondencia de columnas</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>Valores de ejemplo</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation>Compruebe las filas</translation>
    </message>
    <message>
        <source>The first rows as they would be imported. Rows with errors are highlighted; by default one bad row stops the whole import.</source>
        <translation>Las primeras filas tal como se importarían. Las filas con errores aparecen resaltadas; de forma predeterminada, una sola fila errónea detiene toda la importación.</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplicados</translation>
    </message>
    <message>
        <source>Skip them</source>
        <translation>Omitirlos</translation>
    </message>
    <message>
        <source>Update the existing record</source>
        <translation>Actualizar el registro existente</translation>
    </message>
    <message>
        <source>Create them anyway</source>
        <translation>Crearlos de todos modos</translation>
    </message>
    <message>
        <source>Create related records that do not exist yet (accounts named in the file)</source>
        <translation>Crear los registros relacionados que aún no existan (cuentas nombradas en el archivo)</translation>
    </message>
    <message>
        <source>Import the good rows even if some rows have errors</source>
        <translation>Importar las filas correctas aunque algunas tengan errores</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>&amp;Duplicates:</source>
        <translation>&amp;Duplicados:</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Cancelar importación</translation>
    </message>
    <message>
        <source>Rows with errors</source>
        <translation>Filas con errores</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>Deshacer esta importación</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulador</translation>
    </message>
    <message>
        <source>vCard file.</source>
        <translation>Archivo vCard.</translation>
    </message>
    <message>
        <source>CSV file: %1, fields separated by &quot;%2&quot;, %3 columns.</source>
        <translation>Archivo CSV: %1, campos separados por «%2», %3 columnas.</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>Campo de la columna %1</translation>
    </message>
    <message>
        <source>(do not import)</source>
        <translation>(no importar)</translation>
    </message>
    <message>
        <source>The columns are matched as you chose last time for a file like this one.</source>
        <translation>Las columnas se asignan como las eligió la última vez para un archivo como este.</translation>
    </message>
    <message>
        <source>Columns left as &quot;(do not import)&quot; are ignored.</source>
        <translation>Las columnas que se dejen en «(no importar)» se ignoran.</translation>
    </message>
    <message>
        <source>Checking the first rows…</source>
        <translation>Comprobando las primeras filas…</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>First %1 rows: %2 new, %3 update, %4 skipped, %5 with errors.</source>
        <translation>Primeras %1 filas: %2 nuevas, %3 actualizan, %4 omitidas, %5 con errores.</translation>
    </message>
    <message>
        <source>Fix the file, or choose to import the good rows only.</source>
        <translation>Corrija el archivo o elija importar solo las filas correctas.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 of %2 rows have errors. Fix them in the file, or go back and choose to import the good rows only.</source>
        <translation>No se ha importado nada: %1 de %2 filas tienen errores. Corríjalas en el archivo o vuelva atrás y elija importar solo las filas correctas.</translation>
    </message>
    <message>
        <source>Imported %1: %2 created, %3 updated, %4 skipped.</source>
        <translation>Se ha importado %1: %2 creados, %3 actualizados, %4 omitidos.</translation>
    </message>
    <message>
        <source>%1 rows with errors were left out.</source>
        <translation>Se han dejado fuera %1 filas con errores.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Deshacer importación</translation>
    </message>
    <message>
        <source>The import was undone: %1 records deleted, %2 restored.</source>
        <translation>Se ha deshecho la importación: %1 registros eliminados, %2 restaurados.</translation>
    </message>
</context>
<context>
    <name>trato::Importer</name>
    <message>
        <source>Unknown entity &quot;%1&quot;. Known entities: %2.</source>
        <translation>Entidad desconocida «%1». Entidades disponibles: %2.</translation>
    </message>
    <message>
        <source>%1 has no column &quot;%2&quot;; its columns are: %3</source>
        <translation>%1 no tiene ninguna columna «%2»; sus columnas son: %3</translation>
    </message>
    <message>
        <source>%1 has no field &quot;%2&quot; that can be imported (column &quot;%3&quot;). Fields: %4.</source>
        <translation>%1 no tiene ningún campo «%2» que se pueda importar (columna «%3»). Campos: %4.</translation>
    </message>
    <message>
        <source>Columns &quot;%1&quot; and &quot;%2&quot; both go to %3; map one of them elsewhere or ignore it.</source>
        <translation>Las columnas «%1» y «%2» van las dos a %3; asigne una de ellas a otro campo o ignórela.</translation>
    </message>
    <message>
        <source>No column of %1 matches a field of %2 (columns: %3). Map them with --map HEADER=FIELD.</source>
        <translation>Ninguna columna de %1 corresponde a un campo de %2 (columnas: %3). Asígnelas con --map HEADER=FIELD.</translation>
    </message>
    <message>
        <source>No column of %1 goes to %2 (%3), which is required. Map one with --map HEADER=%3.</source>
        <translation>Ninguna columna de %1 va a %2 (%3), que es obligatorio. Asigne una con --map HEADER=%3.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Se ha cancelado la importación; no se ha escrito nada.</translation>
    </message>
    <message>
        <source>this row has %1 fields but the header has %2</source>
        <translation>esta fila tiene %1 campos, pero la cabecera tiene %2</translation>
    </message>
    <message>
        <source>%1 (%2) is required.</source>
        <translation>%1 (%2) es obligatorio.</translation>
    </message>
    <message>
        <source>%1 (%2) is required when %3 is %4.</source>
        <translation>%1 (%2) es obligatorio cuando %3 es «%4».</translation>
    </message>
    <message>
        <source>duplicate of %1</source>
        <translation>duplicado de %1</translation>
    </message>
    <message>
        <source>same values as %1</source>
        <translation>mismos valores que %1</translation>
    </message>
    <message>
        <source>updates %1</source>
        <translation>actualiza %1</translation>
    </message>
    <message>
        <source>%1: line %2: %3</source>
        <translation>%1: línea %2: %3</translation>
    </message>
    <message>
        <source>%1: line %2, column %3 &quot;%4&quot;</source>
        <translation>%1: línea %2, columna %3 «%4»</translation>
    </message>
    <message>
        <source>%1: line %2</source>
        <translation>%1: línea %2</translation>
    </message>
    <message>
        <source>%1: line 1: the first line should name the columns, but it is empty</source>
        <translation>%1: línea 1: la primera línea debería contener los nombres de las columnas, pero está vacía</translation>
    </message>
</context>
<context>
    <name>trato::ImportsDialog</name>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Revertir</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>Historial de importaciones</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Importaciones</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Into</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creados</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizados</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitidos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Delete what the selected import created and restore what it changed</source>
        <translation>Eliminar lo que creó la importación seleccionada y restaurar lo que modificó</translation>
    </message>
    <message>
        <source>Reverted</source>
        <translation>Revertida</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importada</translation>
    </message>
    <message>
        <source>Revert import</source>
        <translation>Revertir importación</translation>
    </message>
    <message>
        <source>Delete the records the import of %1 created and restore the values it changed?</source>
        <translation>¿Eliminar los registros que creó la importación de %1 y restaurar los valores que modificó?</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>Some of its records were changed after the import of %1. Revert anyway? Those later changes are lost.</source>
        <translation>Algunos de sus registros se modificaron después de la importación de %1. ¿Revertirla de todos modos? Se perderán esos cambios posteriores.</translation>
    </message>
    <message>
        <source>Revert anyway</source>
        <translation>Revertir de todos modos</translation>
    </message>
</context>
<context>
    <name>trato::KnowledgeBase</name>
    <message>
        <source>This database has no knowledge base.</source>
        <translation>Esta base de datos no tiene base de conocimiento.</translation>
    </message>
    <message>
        <source>No knowledge base article &quot;%1&quot; (give its id or exact title).</source>
        <translation>No existe el artículo de la base de conocimiento &quot;%1&quot; (indique su id o su título exacto).</translation>
    </message>
    <message>
        <source>Several articles are titled &quot;%1&quot;: give the id.</source>
        <translation>Hay varios artículos titulados &quot;%1&quot;: indique el id.</translation>
    </message>
    <message>
        <source>No ticket &quot;%1&quot; (give its id or number).</source>
        <translation>No existe la incidencia &quot;%1&quot; (indique su id o su número).</translation>
    </message>
    <message>
        <source>Ticket %1 is closed: reopen it before replying.</source>
        <translation>La incidencia %1 está cerrada: reábrala antes de responder.</translation>
    </message>
    <message>
        <source>The article &quot;%1&quot; is a draft: publish it before inserting it into a reply.</source>
        <translation>El artículo &quot;%1&quot; es un borrador: publíquelo antes de insertarlo en una respuesta.</translation>
    </message>
    <message>
        <source>The article &quot;%1&quot; is not linked to this ticket.</source>
        <translation>El artículo &quot;%1&quot; no está vinculado a esta incidencia.</translation>
    </message>
</context>
<context>
    <name>trato::KnowledgeBasePage</name>
    <message>
        <source>Knowledge base</source>
        <translation>Base de conocimiento</translation>
    </message>
    <message>
        <source>Search articles (title, text, category, tags)</source>
        <translation>Buscar artículos (título, texto, categoría, etiquetas)</translation>
    </message>
    <message>
        <source>Include drafts</source>
        <translation>Incluir borradores</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Helped</source>
        <translation>Ha ayudado</translation>
    </message>
    <message>
        <source>Edit article</source>
        <translation>Editar artículo</translation>
    </message>
    <message>
        <source>Type to search the published articles.</source>
        <translation>Escriba para buscar en los artículos publicados.</translation>
    </message>
    <message>
        <source>%1 (draft)</source>
        <translation>%1 (borrador)</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) found.</source>
        <translation>
            <numerusform>%n artículo encontrado.</numerusform>
            <numerusform>%n artículos encontrados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trato::KpiCardsPage</name>
    <message>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Intervalo personalizado</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Vista previa…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exportar &amp;PDF…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <source>Hover over a card for its definition (docs/KPIS.md). Rates are exact fractions rounded once to one decimal; money counts the documents in one currency (EUR); times are wall-clock.</source>
        <translation>Pase el puntero sobre una tarjeta para ver su definición (docs/KPIS.md). Las tasas son fracciones exactas redondeadas una sola vez a un decimal; los importes cuentan los documentos en una sola moneda (EUR); los tiempos son en horas naturales.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calculando…</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) in other currencies left out of the money KPIs.</source>
        <translation>
            <numerusform>%n documento en otras monedas excluido de los KPI de importes.</numerusform>
            <numerusform>%n documentos en otras monedas excluidos de los KPI de importes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Previous: %1</source>
        <translation>Anterior: %1</translation>
    </message>
    <message>
        <source>%1 of %2 %3</source>
        <translation>%1 de %2 %3</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n caso</numerusform>
            <numerusform>%n casos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>over %n record(s)</source>
        <translation>
            <numerusform>sobre %n registro</numerusform>
            <numerusform>sobre %n registros</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Enviado a la impresora.</translation>
    </message>
    <message>
        <source>The KPIs could not be printed.</source>
        <translation>No se han podido imprimir los KPI.</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>trato::KpiPage</name>
    <message>
        <source>Support KPIs</source>
        <translation>KPI de atención al cliente</translation>
    </message>
    <message>
        <source>Per agent</source>
        <translation>Por agente</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>Por semana</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Por mes</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Times are wall-clock hours. Reopen rate: resolved tickets reopened at least once. SLA compliance: tickets whose resolution was due in the period, resolved in time and without a breach.</source>
        <translation>Los tiempos son horas de reloj. Tasa de reapertura: incidencias resueltas que se han reabierto al menos una vez. Cumplimiento del SLA: incidencias cuya resolución vencía en el período, resueltas a tiempo y sin incumplimientos.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calculando…</translation>
    </message>
</context>
<context>
    <name>trato::Kpis</name>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Average deal size</source>
        <translation>Importe medio por venta</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Tasa de éxito</translation>
    </message>
    <message>
        <source>Sales cycle (average)</source>
        <translation>Ciclo de venta (media)</translation>
    </message>
    <message>
        <source>Sales cycle (median)</source>
        <translation>Ciclo de venta (mediana)</translation>
    </message>
    <message>
        <source>Lead to customer conversion</source>
        <translation>Conversión de pre-contacto a cliente</translation>
    </message>
    <message>
        <source>Quote acceptance rate</source>
        <translation>Tasa de aceptación de presupuestos</translation>
    </message>
    <message>
        <source>Cross-sell/upsell share</source>
        <translation>Cuota de venta cruzada / venta adicional</translation>
    </message>
    <message>
        <source>Customer retention rate</source>
        <translation>Tasa de retención de clientes</translation>
    </message>
    <message>
        <source>Repeat purchase rate</source>
        <translation>Tasa de repetición de compra</translation>
    </message>
    <message>
        <source>Customer lifetime value</source>
        <translation>Valor de vida del cliente (CLV)</translation>
    </message>
    <message>
        <source>First response time</source>
        <translation>Tiempo de primera respuesta</translation>
    </message>
    <message>
        <source>Resolution time</source>
        <translation>Tiempo de resolución</translation>
    </message>
    <message>
        <source>Issued invoices dated in the period minus issued credit notes dated in it, net of taxes, in the chosen currency.</source>
        <translation>Facturas emitidas con fecha del periodo menos las facturas rectificativas emitidas con fecha del mismo, sin impuestos, en la moneda elegida.</translation>
    </message>
    <message>
        <source>Total amount of the opportunities won in the period (closed on a day of it) divided by how many, to the cent.</source>
        <translation>Importe total de los potenciales ganados en el periodo (cerrados en uno de sus días) dividido entre su número, al céntimo.</translation>
    </message>
    <message>
        <source>Opportunities won in the period divided by those won or lost in it.</source>
        <translation>Potenciales ganados en el periodo divididos entre los ganados o perdidos en él.</translation>
    </message>
    <message>
        <source>Average days from an opportunity&apos;s creation to its win, over the opportunities won in the period.</source>
        <translation>Media de días desde la creación de un potencial hasta que se gana, sobre los potenciales ganados en el periodo.</translation>
    </message>
    <message>
        <source>Median days from an opportunity&apos;s creation to its win, over the opportunities won in the period.</source>
        <translation>Mediana de días desde la creación de un potencial hasta que se gana, sobre los potenciales ganados en el periodo.</translation>
    </message>
    <message>
        <source>Of the leads created in the period, the share that are converted (to an account or contact).</source>
        <translation>De los pre-contactos creados en el periodo, la proporción que se convierte (en cuenta o contacto).</translation>
    </message>
    <message>
        <source>Quotes dated in the period that were accepted (or converted) divided by those accepted, rejected or expired.</source>
        <translation>Presupuestos con fecha del periodo aceptados (o convertidos) divididos entre los aceptados, rechazados o caducados.</translation>
    </message>
    <message>
        <source>Of the invoice lines in the period of customers who had bought before it, the share of net amount for a product or service the customer had never bought before.</source>
        <translation>De las líneas de factura del periodo de clientes que ya habían comprado antes de él, la proporción del importe neto correspondiente a un producto o servicio que el cliente no había comprado nunca.</translation>
    </message>
    <message>
        <source>Customers invoiced in the previous period who were invoiced again in this one, divided by the customers of the previous period.</source>
        <translation>Clientes facturados en el periodo anterior a los que se ha vuelto a facturar en este, divididos entre los clientes del periodo anterior.</translation>
    </message>
    <message>
        <source>Customers with two or more invoices in the period divided by customers with at least one.</source>
        <translation>Clientes con dos o más facturas en el periodo divididos entre los clientes con al menos una.</translation>
    </message>
    <message>
        <source>Historical: net revenue of all invoices up to the period&apos;s last day, minus credit notes, divided by the customers invoiced up to that day.</source>
        <translation>Histórico: ingresos netos de todas las facturas hasta el último día del periodo, menos las facturas rectificativas, divididos entre los clientes facturados hasta ese día.</translation>
    </message>
    <message>
        <source>Average wall-clock hours from a ticket&apos;s opening to its first response, over tickets opened in the period and answered.</source>
        <translation>Media de horas naturales desde la apertura de una incidencia hasta su primera respuesta, sobre las incidencias abiertas en el periodo y respondidas.</translation>
    </message>
    <message>
        <source>Average wall-clock hours from a ticket&apos;s opening to its resolution, over tickets resolved in the period.</source>
        <translation>Media de horas naturales desde la apertura de una incidencia hasta su resolución, sobre las incidencias resueltas en el periodo.</translation>
    </message>
    <message>
        <source>The KPI period needs a first and a last day.</source>
        <translation>El periodo de los KPI necesita un primer y un último día.</translation>
    </message>
    <message>
        <source>The KPI period ends (%1) before it starts (%2).</source>
        <translation>El periodo de los KPI termina (%1) antes de empezar (%2).</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Key performance indicators</source>
        <translation>Indicadores clave de rendimiento</translation>
    </message>
    <message>
        <source>Period: %1 · previous: %2</source>
        <translation>Periodo: %1 · anterior: %2</translation>
    </message>
    <message>
        <source> · Owner: %1</source>
        <translation> · Propietario: %1</translation>
    </message>
    <message>
        <source> · Money in %1</source>
        <translation> · Importes en %1</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variación</translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation>Numerador</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>Denominador</translation>
    </message>
</context>
<context>
    <name>trato::Launcher</name>
    <message>
        <source>Trato, a desktop CRM.</source>
        <translation>Trato, un CRM de escritorio.</translation>
    </message>
    <message>
        <source>Use the database file PATH.</source>
        <translation>Usa el archivo de base de datos PATH.</translation>
    </message>
    <message>
        <source>Use the language LANG (en or es) this time.</source>
        <translation>Usa el idioma LANG (en o es) solo esta vez.</translation>
    </message>
    <message>
        <source>Save a picture of the main window to FILE after it first shows, then quit.</source>
        <translation>Guarda una imagen de la ventana principal en FILE la primera vez que se muestra y sale.</translation>
    </message>
    <message>
        <source>Quit as soon as the window has been painted; print first-paint-ms.</source>
        <translation>Sale en cuanto se ha dibujado la ventana; muestra first-paint-ms.</translation>
    </message>
    <message>
        <source>If the database is empty, load N demo contacts first.</source>
        <translation>Si la base de datos está vacía, carga antes N contactos de demostración.</translation>
    </message>
    <message>
        <source>Start on a module (home, marketing, sales, support, analytics, inventory, activities, trash) or an entity&apos;s list (contact, ...).</source>
        <translation>Empieza en un módulo (home, marketing, sales, support, analytics, inventory, activities, trash) o en la lista de una entidad (contact, ...).</translation>
    </message>
    <message>
        <source>--demo needs a number of contacts, like --demo 300.</source>
        <translation>--demo necesita un número de contactos, por ejemplo --demo 300.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; use en or es.</source>
        <translation>Idioma desconocido «%1»; use en o es.</translation>
    </message>
    <message>
        <source>Unknown module &quot;%1&quot;.</source>
        <translation>Módulo desconocido «%1».</translation>
    </message>
    <message>
        <source>Trato cannot open its database</source>
        <translation>Trato no puede abrir su base de datos</translation>
    </message>
    <message>
        <source>Trato has not changed the file. You can open another database file, create a new one, or quit.</source>
        <translation>Trato no ha modificado el archivo. Puede abrir otro archivo de base de datos, crear uno nuevo o salir.</translation>
    </message>
    <message>
        <source>&amp;Open another file…</source>
        <translation>&amp;Abrir otro archivo…</translation>
    </message>
    <message>
        <source>&amp;Create a new database…</source>
        <translation>&amp;Crear una base de datos nueva…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Abrir base de datos</translation>
    </message>
    <message>
        <source>Trato databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de datos de Trato (*.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nueva base de datos</translation>
    </message>
    <message>
        <source>Trato databases (*.sqlite *.db)</source>
        <translation>Bases de datos de Trato (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name; Trato never overwrites a file.</source>
        <translation>%1 ya existe. Elija otro nombre de archivo; Trato nunca sobrescribe un archivo.</translation>
    </message>
    <message>
        <source>Could not save the screenshot to %1.</source>
        <translation>No se ha podido guardar la captura de pantalla en %1.</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>La base de datos está dañada</translation>
    </message>
    <message>
        <source>Trato keeps working, but some records may be unreadable. Make a copy with File → Back up now… and restore an earlier backup if you have one.</source>
        <translation>Trato sigue funcionando, pero es posible que algunos registros no se puedan leer. Haga una copia con Archivo → Hacer copia de seguridad ahora… y restaure una copia de seguridad anterior si la tiene.</translation>
    </message>
</context>
<context>
    <name>trato::LeadConversion</name>
    <message>
        <source>The lead %1 is in the Trash; restore it before converting it.</source>
        <translation>El pre-contacto %1 está en la Papelera; restáurelo antes de convertirlo.</translation>
    </message>
    <message>
        <source>The lead %1 was already converted.</source>
        <translation>El pre-contacto %1 ya se ha convertido.</translation>
    </message>
    <message>
        <source>The lead %1 is disqualified; requalify it (change its status) before converting it.</source>
        <translation>El pre-contacto %1 está descartado; vuelva a cualificarlo (cambie su estado) antes de convertirlo.</translation>
    </message>
    <message>
        <source>The %1 %2 is in the Trash.</source>
        <translation>El registro %2 de tipo %1 está en la Papelera.</translation>
    </message>
    <message>
        <source>The account: %1</source>
        <translation>Cuenta: %1</translation>
    </message>
    <message>
        <source>The contact: %1</source>
        <translation>Contacto: %1</translation>
    </message>
</context>
<context>
    <name>trato::LeadStatusFilter</name>
    <message>
        <source>Lead status</source>
        <translation>Estado del pre-contacto</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>trato::LinesView</name>
    <message>
        <source>Add product</source>
        <translation>Añadir producto</translation>
    </message>
    <message>
        <source>Add text line</source>
        <translation>Añadir línea de texto</translation>
    </message>
    <message>
        <source>Configure…</source>
        <translation>Configurar…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Delete line</source>
        <translation>Eliminar línea</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <source>Product SKU or name, service code or name…</source>
        <translation>SKU o nombre del producto, código o nombre del servicio…</translation>
    </message>
    <message>
        <source>Product or service to add</source>
        <translation>Producto o servicio que añadir</translation>
    </message>
    <message>
        <source>Add the product or service named in the search field as the last line</source>
        <translation>Añade el producto o servicio indicado en el campo de búsqueda como última línea</translation>
    </message>
    <message>
        <source>Choose the options of the selected configurable product</source>
        <translation>Elige las opciones del producto configurable seleccionado</translation>
    </message>
    <message>
        <source>Document lines</source>
        <translation>Líneas del documento</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>Descuento %</translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation>IVA %</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Neto</translation>
    </message>
    <message>
        <source>Text of the line:</source>
        <translation>Texto de la línea:</translation>
    </message>
    <message>
        <source>Save the document to add its lines.</source>
        <translation>Guarde el documento para añadir sus líneas.</translation>
    </message>
    <message>
        <source>Could not read the lines: %1</source>
        <translation>No se han podido leer las líneas: %1</translation>
    </message>
    <message>
        <source>This invoice is %1: its lines can no longer change. Correct it with a credit note.</source>
        <translation>Esta factura está en estado %1: sus líneas ya no pueden cambiar. Corríjala con una factura rectificativa.</translation>
    </message>
    <message>
        <source>This document is %1: its lines can no longer change.</source>
        <translation>Este documento está en estado %1: sus líneas ya no pueden cambiar.</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>(not configured)</source>
        <translation>(sin configurar)</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Descuentos</translation>
    </message>
    <message>
        <source>Tax %1 % on %2</source>
        <translation>IVA %1 % sobre %2</translation>
    </message>
    <message>
        <source>Surcharge %1 % on %2</source>
        <translation>Recargo %1 % sobre %2</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Portes</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <source>Type a product&apos;s SKU or name, or a service&apos;s code or name, then Add.</source>
        <translation>Escriba el SKU o el nombre de un producto, o el código o el nombre de un servicio, y pulse Añadir.</translation>
    </message>
</context>
<context>
    <name>trato::ListReport</name>
    <message>
        <source>%1 has no field &quot;%2&quot; to print.</source>
        <translation>%1 no tiene ningún campo &quot;%2&quot; que imprimir.</translation>
    </message>
    <message>
        <source>There is no entity &quot;%1&quot;.</source>
        <translation>No existe la entidad &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>Se ha cancelado la impresión.</translation>
    </message>
    <message>
        <source>Search: “%1”</source>
        <translation>Búsqueda: “%1”</translation>
    </message>
    <message>
        <source>In the Trash</source>
        <translation>En la papelera</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Todos los registros</translation>
    </message>
    <message>
        <source>Sorted by %1, descending</source>
        <translation>Ordenado por %1, descendente</translation>
    </message>
    <message>
        <source>Sorted by %1</source>
        <translation>Ordenado por %1</translation>
    </message>
    <message>
        <source>The list has %1 rows, more than %2 for a preview: export it as a PDF instead, or narrow the filter.</source>
        <translation>La lista tiene %1 filas, más de %2 para una vista previa: expórtela como PDF o restrinja el filtro.</translation>
    </message>
</context>
<context>
    <name>trato::LostReasonDialog</name>
    <message>
        <source>Opportunity lost</source>
        <translation>Potencial perdido</translation>
    </message>
    <message>
        <source>Why was “%1” lost? A lost opportunity needs a reason.</source>
        <translation>¿Por qué se perdió “%1”? Un potencial perdido necesita un motivo.</translation>
    </message>
    <message>
        <source>Mark as lost</source>
        <translation>Marcar como perdido</translation>
    </message>
    <message>
        <source>Lost reason:</source>
        <translation>Motivo de pérdida:</translation>
    </message>
</context>
<context>
    <name>trato::MainWindow</name>
    <message>
        <source>opportunities and the sales pipeline, quotes, orders and invoices</source>
        <translation>oportunidades y el embudo de ventas, presupuestos, pedidos y facturas</translation>
    </message>
    <message>
        <source>customer cases, service agreements and a knowledge base</source>
        <translation>incidencias de clientes, contratos de servicio y una base de conocimiento</translation>
    </message>
    <message>
        <source>dashboards and reports across marketing, sales and customer service</source>
        <translation>paneles e informes de marketing, ventas y atención al cliente</translation>
    </message>
    <message>
        <source>products, price lists, stock levels, suppliers and purchase orders</source>
        <translation>productos, tarifas, existencias, proveedores y pedidos de compra</translation>
    </message>
    <message>
        <source>calls, meetings, tasks and the calendar</source>
        <translation>llamadas, reuniones, tareas y el calendario</translation>
    </message>
    <message>
        <source>records of its kind</source>
        <translation>los registros de su tipo</translation>
    </message>
    <message>
        <source>Trato — %1</source>
        <translation>Trato — %1</translation>
    </message>
    <message>
        <source>Trato</source>
        <translation>Trato</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Módulos</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>%1 will hold %2.

This part of Trato is not built yet, so there is nothing to show here: no records are hidden from you.</source>
        <translation>%1 incluirá %2.

Esta parte de Trato aún no está hecha, así que aquí no hay nada que mostrar: no se le oculta ningún registro.</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papelera</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New record</source>
        <translation>&amp;Nuevo registro</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Hacer copia de seguridad ahora…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Abrir base de datos…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>&amp;Restore from Trash</source>
        <translation>&amp;Restaurar de la Papelera</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Global search…</source>
        <translation>&amp;Búsqueda global…</translation>
    </message>
    <message>
        <source>&amp;Filter list</source>
        <translation>&amp;Filtrar lista</translation>
    </message>
    <message>
        <source>&amp;Columns…</source>
        <translation>&amp;Columnas…</translation>
    </message>
    <message>
        <source>G&amp;o to</source>
        <translation>&amp;Ir a</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Trato</source>
        <translation>&amp;Acerca de Trato</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <source>Database file %1</source>
        <translation>Archivo de base de datos %1</translation>
    </message>
    <message>
        <source>Records in the list</source>
        <translation>Registros de la lista</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>contando…</translation>
    </message>
    <message>
        <source>%1 in the Trash: %2</source>
        <translation>%1 en la Papelera: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Go to a list (Marketing, for example) to create a record there.</source>
        <translation>Vaya a una lista (de Marketing, por ejemplo) para crear un registro en ella.</translation>
    </message>
    <message>
        <source>There is no open record to save.</source>
        <translation>No hay ningún registro abierto que guardar.</translation>
    </message>
    <message>
        <source>Backing up to %1…</source>
        <translation>Haciendo copia de seguridad en %1…</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Copia de seguridad guardada en %1.</translation>
    </message>
    <message>
        <source>The database was copied to:
%1</source>
        <translation>La base de datos se ha copiado en:
%1</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Abrir base de datos</translation>
    </message>
    <message>
        <source>Trato databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de datos de Trato (*.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The new language will be used from the next start.</source>
        <translation>El nuevo idioma se usará a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Import &amp;history…</source>
        <translation>Historial de im&amp;portaciones…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>Si&amp;ncronizar ahora</translation>
    </message>
    <message>
        <source>Sync &amp;conflicts…</source>
        <translation>&amp;Conflictos de sincronización…</translation>
    </message>
    <message>
        <source>&amp;Team server…</source>
        <translation>Servidor del &amp;equipo…</translation>
    </message>
</context>
<context>
    <name>trato::MergeDialog</name>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionar</translation>
    </message>
    <message>
        <source>Merge %1</source>
        <translation>Fusionar %1</translation>
    </message>
    <message>
        <source>Choose the record to keep and, for each field that differs, whose value it keeps. The other records go to the Trash; everything linked to them moves to the kept one.</source>
        <translation>Elija el registro que se conserva y, para cada campo que difiera, de qué registro se toma el valor. Los demás registros van a la Papelera; todo lo vinculado a ellos pasa al registro conservado.</translation>
    </message>
    <message>
        <source>Fields to merge</source>
        <translation>Campos que fusionar</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>Keep this one</source>
        <translation>Conservar este</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation>Conservar %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>%1 from record %2</source>
        <translation>%1 del registro %2</translation>
    </message>
    <message>
        <source>All fields have the same values.</source>
        <translation>Todos los campos tienen los mismos valores.</translation>
    </message>
</context>
<context>
    <name>trato::MergeService</name>
    <message>
        <source>Unknown entity &quot;%1&quot;.</source>
        <translation>Entidad desconocida «%1».</translation>
    </message>
    <message>
        <source>Name at least one record to merge into the one kept.</source>
        <translation>Indique al menos un registro que fusionar con el que se conserva.</translation>
    </message>
    <message>
        <source>A record cannot be merged with itself (%1 is named twice).</source>
        <translation>Un registro no se puede fusionar consigo mismo (%1 aparece dos veces).</translation>
    </message>
    <message>
        <source>The %1 %2 is in the Trash; restore it before merging.</source>
        <translation>El registro %2 de tipo %1 está en la Papelera; restáurelo antes de fusionar.</translation>
    </message>
    <message>
        <source>%1 has no field &quot;%2&quot;.</source>
        <translation>%1 no tiene ningún campo «%2».</translation>
    </message>
    <message>
        <source>%1 is kept by Trato and cannot be taken from another record.</source>
        <translation>%1 lo gestiona Trato y no se puede tomar de otro registro.</translation>
    </message>
    <message>
        <source>%1: %2 is not one of the records being merged.</source>
        <translation>%1: %2 no es uno de los registros que se están fusionando.</translation>
    </message>
</context>
<context>
    <name>trato::Metadata</name>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Comercial</translation>
    </message>
    <message>
        <source>Customer service</source>
        <translation>Atención al cliente</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Análisis</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventario</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Creado por</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>Hot</source>
        <translation>Caliente</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>Templado</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Frío</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nombre de la cuenta</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Cliente potencial</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>Distribuidor</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Competidor</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Retail</source>
        <translation>Comercio minorista</translation>
    </message>
    <message>
        <source>Manufacturing</source>
        <translation>Fabricación</translation>
    </message>
    <message>
        <source>Hospitality</source>
        <translation>Hostelería</translation>
    </message>
    <message>
        <source>Construction</source>
        <translation>Construcción</translation>
    </message>
    <message>
        <source>Professional services</source>
        <translation>Servicios profesionales</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>Tecnología</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Sanidad</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Educación</translation>
    </message>
    <message>
        <source>Agriculture</source>
        <translation>Agricultura</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <source>Tax id</source>
        <translation>NIF/CIF</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Empleados</translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation>Facturación anual</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Parent account</source>
        <translation>Cuenta principal</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>Mr.</source>
        <translation>Sr.</translation>
    </message>
    <message>
        <source>Ms.</source>
        <translation>Sra.</translation>
    </message>
    <message>
        <source>Dr.</source>
        <translation>Dr.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Móvil</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Do not call</source>
        <translation>No llamar</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Pre-contacto</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Pre-contactos</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <source>Web site</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Cold call</source>
        <translation>Llamada en frío</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contactado</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Cualificado</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Convertido</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation>Descartado</translation>
    </message>
    <message>
        <source>Interested in</source>
        <translation>Intereses</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>Support plans</source>
        <translation>Planes de soporte</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formación</translation>
    </message>
    <message>
        <source>Estimated value</source>
        <translation>Valor estimado</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilidad</translation>
    </message>
    <message>
        <source>Next contact</source>
        <translation>Próximo contacto</translation>
    </message>
    <message>
        <source>Mrs.</source>
        <translation>Sra.</translation>
    </message>
    <message>
        <source>Prof.</source>
        <translation>Prof.</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>Publicidad</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Redes sociales</translation>
    </message>
    <message>
        <source>Existing customer</source>
        <translation>Cliente actual</translation>
    </message>
    <message>
        <source>Shipping street</source>
        <translation>Calle de envío</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Calle</translation>
    </message>
    <message>
        <source>Shipping postal code</source>
        <translation>Código postal de envío</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Shipping city</source>
        <translation>Ciudad de envío</translation>
    </message>
    <message>
        <source>Shipping province</source>
        <translation>Provincia de envío</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Provincia</translation>
    </message>
    <message>
        <source>Shipping country</source>
        <translation>País de envío</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Finanzas</translation>
    </message>
    <message>
        <source>Public sector</source>
        <translation>Sector público</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Dirección de facturación</translation>
    </message>
    <message>
        <source>Shipping address</source>
        <translation>Dirección de envío</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Other email</source>
        <translation>Otro correo electrónico</translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation>Teléfono del trabajo</translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation>Teléfono particular</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Best time to call</source>
        <translation>Mejor hora para llamar</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Mañana</translation>
    </message>
    <message>
        <source>Midday</source>
        <translation>Mediodía</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>Tarde</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>Última hora de la tarde</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Cualquier hora</translation>
    </message>
    <message>
        <source>Marketing preferences</source>
        <translation>Preferencias de marketing</translation>
    </message>
    <message>
        <source>Email opt-out</source>
        <translation>No desea correos</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Fecha del consentimiento</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Cualificación</translation>
    </message>
    <message>
        <source>Disqualification reason</source>
        <translation>Motivo del descarte</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>Sin interés</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>Sin presupuesto</translation>
    </message>
    <message>
        <source>Went with a competitor</source>
        <translation>Eligió a la competencia</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Ilocalizable</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicado</translation>
    </message>
    <message>
        <source>Wrong contact data</source>
        <translation>Datos de contacto erróneos</translation>
    </message>
    <message>
        <source>Converted to account</source>
        <translation>Convertido en cuenta</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversión</translation>
    </message>
    <message>
        <source>Converted to contact</source>
        <translation>Convertido en contacto</translation>
    </message>
    <message>
        <source>Converted on</source>
        <translation>Convertido el</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <source>Campaign name</source>
        <translation>Nombre de la campaña</translation>
    </message>
    <message>
        <source>Telemarketing</source>
        <translation>Telemarketing</translation>
    </message>
    <message>
        <source>Referral program</source>
        <translation>Programa de recomendación</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Webinar</translation>
    </message>
    <message>
        <source>Direct mail</source>
        <translation>Buzoneo</translation>
    </message>
    <message>
        <source>Trade show</source>
        <translation>Feria</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planificada</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>Budget and results</source>
        <translation>Presupuesto y resultados</translation>
    </message>
    <message>
        <source>Actual cost</source>
        <translation>Coste real</translation>
    </message>
    <message>
        <source>Expected revenue</source>
        <translation>Ingresos previstos</translation>
    </message>
    <message>
        <source>Expected response</source>
        <translation>Respuesta prevista</translation>
    </message>
    <message>
        <source>Campaign member</source>
        <translation>Miembro de campaña</translation>
    </message>
    <message>
        <source>Campaign members</source>
        <translation>Miembros de campaña</translation>
    </message>
    <message>
        <source>Member status</source>
        <translation>Estado del miembro</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>Ha respondido</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Se ha dado de baja</translation>
    </message>
    <message>
        <source>Status date</source>
        <translation>Fecha del estado</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Localizado</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Ocupado</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Número equivocado</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Volver a llamar</translation>
    </message>
    <message>
        <source>Interested</source>
        <translation>Interesado</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Venta</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Asignada a</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Starts / due</source>
        <translation>Empieza / vence</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Termina</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Todo el día</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Saliente</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Entrante</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Outcome notes</source>
        <translation>Notas del resultado</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Completada el</translation>
    </message>
    <message>
        <source>Follows up</source>
        <translation>Seguimiento de</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Recordatorio</translation>
    </message>
    <message>
        <source>Remind me</source>
        <translation>Avisarme</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Sin recordatorio</translation>
    </message>
    <message>
        <source>At the start</source>
        <translation>Al empezar</translation>
    </message>
    <message>
        <source>5 minutes before</source>
        <translation>5 minutos antes</translation>
    </message>
    <message>
        <source>15 minutes before</source>
        <translation>15 minutos antes</translation>
    </message>
    <message>
        <source>30 minutes before</source>
        <translation>30 minutos antes</translation>
    </message>
    <message>
        <source>1 hour before</source>
        <translation>1 hora antes</translation>
    </message>
    <message>
        <source>2 hours before</source>
        <translation>2 horas antes</translation>
    </message>
    <message>
        <source>1 day before</source>
        <translation>1 día antes</translation>
    </message>
    <message>
        <source>Next reminder</source>
        <translation>Próximo recordatorio</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Se repite</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>No se repite</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Diariamente</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Semanalmente</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensualmente</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Cada</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Occurrences</source>
        <translation>Repeticiones</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Call list</source>
        <translation>Lista de llamadas</translation>
    </message>
    <message>
        <source>Calendar UID</source>
        <translation>UID de calendario</translation>
    </message>
    <message>
        <source>Call script</source>
        <translation>Guion de llamada</translation>
    </message>
    <message>
        <source>Call scripts</source>
        <translation>Guiones de llamada</translation>
    </message>
    <message>
        <source>Script name</source>
        <translation>Nombre del guion</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Guion</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Call lists</source>
        <translation>Listas de llamadas</translation>
    </message>
    <message>
        <source>Call list name</source>
        <translation>Nombre de la lista de llamadas</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Built from segment</source>
        <translation>Creada a partir del segmento</translation>
    </message>
    <message>
        <source>Call list entry</source>
        <translation>Entrada de lista de llamadas</translation>
    </message>
    <message>
        <source>Call list entries</source>
        <translation>Entradas de lista de llamadas</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>To call</source>
        <translation>Por llamar</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Last outcome</source>
        <translation>Último resultado</translation>
    </message>
    <message>
        <source>Call back at</source>
        <translation>Volver a llamar el</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation>Tomada el</translation>
    </message>
    <message>
        <source>Last call</source>
        <translation>Última llamada</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relación</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Acquaintance</source>
        <translation>Conocido</translation>
    </message>
    <message>
        <source>Good acquaintance</source>
        <translation>Buen conocido</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Amigo</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Última actividad</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Siguiente paso</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Tax class</source>
        <translation>Tipo de IVA</translation>
    </message>
    <message>
        <source>Standard (21 %)</source>
        <translation>General (21 %)</translation>
    </message>
    <message>
        <source>Reduced (10 %)</source>
        <translation>Reducido (10 %)</translation>
    </message>
    <message>
        <source>Super-reduced (4 %)</source>
        <translation>Superreducido (4 %)</translation>
    </message>
    <message>
        <source>Exempt (0 %)</source>
        <translation>Exento (0 %)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Caja</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Kilogram</source>
        <translation>Kilogramo</translation>
    </message>
    <message>
        <source>Gram</source>
        <translation>Gramo</translation>
    </message>
    <message>
        <source>Litre</source>
        <translation>Litro</translation>
    </message>
    <message>
        <source>Metre</source>
        <translation>Metro</translation>
    </message>
    <message>
        <source>Square metre</source>
        <translation>Metro cuadrado</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Product category</source>
        <translation>Categoría de producto</translation>
    </message>
    <message>
        <source>Product categories</source>
        <translation>Categorías de producto</translation>
    </message>
    <message>
        <source>Category name</source>
        <translation>Nombre de la categoría</translation>
    </message>
    <message>
        <source>Parent category</source>
        <translation>Categoría superior</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>Nombre del producto</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Código de barras</translation>
    </message>
    <message>
        <source>Configurable</source>
        <translation>Configurable</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Existencias</translation>
    </message>
    <message>
        <source>Reorder level</source>
        <translation>Nivel de reposición</translation>
    </message>
    <message>
        <source>Reorder quantity</source>
        <translation>Cantidad de reposición</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>En existencias</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reservado</translation>
    </message>
    <message>
        <source>On order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Average cost</source>
        <translation>Coste medio</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Service name</source>
        <translation>Nombre del servicio</translation>
    </message>
    <message>
        <source>Price book</source>
        <translation>Tarifa</translation>
    </message>
    <message>
        <source>Price books</source>
        <translation>Tarifas</translation>
    </message>
    <message>
        <source>Price book name</source>
        <translation>Nombre de la tarifa</translation>
    </message>
    <message>
        <source>For account</source>
        <translation>Para la cuenta</translation>
    </message>
    <message>
        <source>For segment</source>
        <translation>Para el segmento</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Válida desde</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Válida hasta</translation>
    </message>
    <message>
        <source>Discount on list prices</source>
        <translation>Descuento sobre el precio de tarifa general</translation>
    </message>
    <message>
        <source>Price book entry</source>
        <translation>Entrada de tarifa</translation>
    </message>
    <message>
        <source>Price book entries</source>
        <translation>Entradas de tarifa</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Descuento</translation>
    </message>
    <message>
        <source>From quantity</source>
        <translation>Desde la cantidad</translation>
    </message>
    <message>
        <source>Option group</source>
        <translation>Grupo de opciones</translation>
    </message>
    <message>
        <source>Option groups</source>
        <translation>Grupos de opciones</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Opción</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>SKU suffix</source>
        <translation>Sufijo del SKU</translation>
    </message>
    <message>
        <source>Price change</source>
        <translation>Variación de precio</translation>
    </message>
    <message>
        <source>Default choice</source>
        <translation>Opción predeterminada</translation>
    </message>
    <message>
        <source>Incompatible options</source>
        <translation>Opciones incompatibles</translation>
    </message>
    <message>
        <source>Is incompatible with</source>
        <translation>Es incompatible con</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Vendors</source>
        <translation>Proveedores</translation>
    </message>
    <message>
        <source>Vendor name</source>
        <translation>Nombre del proveedor</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Persona de contacto</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Condiciones de pago</translation>
    </message>
    <message>
        <source>Lead time (days)</source>
        <translation>Plazo de entrega (días)</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Almacén</translation>
    </message>
    <message>
        <source>Warehouses</source>
        <translation>Almacenes</translation>
    </message>
    <message>
        <source>Warehouse name</source>
        <translation>Nombre del almacén</translation>
    </message>
    <message>
        <source>Default warehouse</source>
        <translation>Almacén predeterminado</translation>
    </message>
    <message>
        <source>Purchase order</source>
        <translation>Pedido de compra</translation>
    </message>
    <message>
        <source>Purchase orders</source>
        <translation>Pedidos de compra</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Partially received</source>
        <translation>Recibido en parte</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Fecha del pedido</translation>
    </message>
    <message>
        <source>Expected on</source>
        <translation>Previsto para</translation>
    </message>
    <message>
        <source>Deliver to warehouse</source>
        <translation>Entregar en el almacén</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Purchase order line</source>
        <translation>Línea de pedido de compra</translation>
    </message>
    <message>
        <source>Purchase order lines</source>
        <translation>Líneas de pedido de compra</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Coste unitario</translation>
    </message>
    <message>
        <source>Stock movement</source>
        <translation>Movimiento de existencias</translation>
    </message>
    <message>
        <source>Stock movements</source>
        <translation>Movimientos de existencias</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Recepción</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Envío</translation>
    </message>
    <message>
        <source>Customer return</source>
        <translation>Devolución de cliente</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>Transfer out</source>
        <translation>Traspaso de salida</translation>
    </message>
    <message>
        <source>Transfer in</source>
        <translation>Traspaso de entrada</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Traspaso</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Potencial</translation>
    </message>
    <message>
        <source>Equivalence surcharge applies</source>
        <translation>Se aplica recargo de equivalencia</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totales</translation>
    </message>
    <message>
        <source>Terms and notes</source>
        <translation>Condiciones y notas</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Embudo de ventas</translation>
    </message>
    <message>
        <source>Pipelines</source>
        <translation>Embudos de ventas</translation>
    </message>
    <message>
        <source>Pipeline name</source>
        <translation>Nombre del embudo</translation>
    </message>
    <message>
        <source>Default pipeline</source>
        <translation>Embudo predeterminado</translation>
    </message>
    <message>
        <source>Pipeline stage</source>
        <translation>Fase del embudo</translation>
    </message>
    <message>
        <source>Pipeline stages</source>
        <translation>Fases del embudo</translation>
    </message>
    <message>
        <source>Stage name</source>
        <translation>Nombre de la fase</translation>
    </message>
    <message>
        <source>Default probability</source>
        <translation>Probabilidad predeterminada</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Ganado</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdido</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Potenciales</translation>
    </message>
    <message>
        <source>Opportunity name</source>
        <translation>Nombre del potencial</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Cierre previsto</translation>
    </message>
    <message>
        <source>Weighted amount</source>
        <translation>Importe ponderado</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>Competidores</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Motivo de pérdida</translation>
    </message>
    <message>
        <source>No decision</source>
        <translation>Sin decisión</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Momento inoportuno</translation>
    </message>
    <message>
        <source>Product does not fit</source>
        <translation>El producto no encaja</translation>
    </message>
    <message>
        <source>Lost details</source>
        <translation>Detalles de la pérdida</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Cerrado el</translation>
    </message>
    <message>
        <source>Converted from lead</source>
        <translation>Convertido de un pre-contacto</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>Tipo impositivo</translation>
    </message>
    <message>
        <source>Tax rates</source>
        <translation>Tipos impositivos</translation>
    </message>
    <message>
        <source>Tax name</source>
        <translation>Nombre del impuesto</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Equivalence surcharge</source>
        <translation>Recargo de equivalencia</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Portes</translation>
    </message>
    <message>
        <source>Shipping tax rate</source>
        <translation>Tipo impositivo de los portes</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Descuentos</translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation>Impuestos</translation>
    </message>
    <message>
        <source>Terms and conditions</source>
        <translation>Términos y condiciones</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Presupuestos</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptado</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducado</translation>
    </message>
    <message>
        <source>Quote date</source>
        <translation>Fecha del presupuesto</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válido hasta</translation>
    </message>
    <message>
        <source>Sales order</source>
        <translation>Pedido de venta</translation>
    </message>
    <message>
        <source>Sales orders</source>
        <translation>Pedidos de venta</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Delivery date</source>
        <translation>Fecha de entrega</translation>
    </message>
    <message>
        <source>From quote</source>
        <translation>Presupuesto de origen</translation>
    </message>
    <message>
        <source>Ship from warehouse</source>
        <translation>Almacén de envío</translation>
    </message>
    <message>
        <source>Shipped on</source>
        <translation>Enviado el</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Facturas</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <source>Partially paid</source>
        <translation>Pagada en parte</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagada</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencida</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>Fecha de factura</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Balance due</source>
        <translation>Pendiente de pago</translation>
    </message>
    <message>
        <source>From sales order</source>
        <translation>Del pedido de venta</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Emitida el</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Factura rectificativa</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>Facturas rectificativas</translation>
    </message>
    <message>
        <source>Credit date</source>
        <translation>Fecha de rectificación</translation>
    </message>
    <message>
        <source>Corrects invoice</source>
        <translation>Rectifica la factura</translation>
    </message>
    <message>
        <source>Return goods to stock</source>
        <translation>Devolver la mercancía a existencias</translation>
    </message>
    <message>
        <source>Return to warehouse</source>
        <translation>Devolver al almacén</translation>
    </message>
    <message>
        <source>Sales document line</source>
        <translation>Línea de documento de venta</translation>
    </message>
    <message>
        <source>Sales document lines</source>
        <translation>Líneas de documento de venta</translation>
    </message>
    <message>
        <source>Line type</source>
        <translation>Tipo de línea</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>Descuento %</translation>
    </message>
    <message>
        <source>Discount amount</source>
        <translation>Importe del descuento</translation>
    </message>
    <message>
        <source>Net amount</source>
        <translation>Importe neto</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Pagado el</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Forma de pago</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Transferencia bancaria</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <source>Direct debit</source>
        <translation>Domiciliación bancaria</translation>
    </message>
    <message>
        <source>Cheque</source>
        <translation>Cheque</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Incidencia</translation>
    </message>
    <message>
        <source>Customer tier</source>
        <translation>Nivel de cliente</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Estándar</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>Premium</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Nivel de servicio</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Incidencias</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation>Esperando al cliente</translation>
    </message>
    <message>
        <source>Waiting on third party</source>
        <translation>Esperando a terceros</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Reabierta</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Leve</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Grave</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítica</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Queja</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>Garantía</translation>
    </message>
    <message>
        <source>Asset or serial number</source>
        <translation>Activo o número de serie</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>SLA policy</source>
        <translation>Política de SLA</translation>
    </message>
    <message>
        <source>First response due</source>
        <translation>Vence primera respuesta</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Primera respuesta</translation>
    </message>
    <message>
        <source>Resolution due</source>
        <translation>Vence resolución</translation>
    </message>
    <message>
        <source>Paused (business seconds)</source>
        <translation>En pausa (segundos laborables)</translation>
    </message>
    <message>
        <source>Paused since</source>
        <translation>En pausa desde</translation>
    </message>
    <message>
        <source>SLA state</source>
        <translation>Estado del SLA</translation>
    </message>
    <message>
        <source>No SLA</source>
        <translation>Sin SLA</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>En plazo</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Incumplido</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <source>Service contract</source>
        <translation>Contrato de servicio</translation>
    </message>
    <message>
        <source>Time spent (hours)</source>
        <translation>Tiempo dedicado (horas)</translation>
    </message>
    <message>
        <source>Resolution note</source>
        <translation>Nota de resolución</translation>
    </message>
    <message>
        <source>Resolved on</source>
        <translation>Resuelta el</translation>
    </message>
    <message>
        <source>Times reopened</source>
        <translation>Veces reabierta</translation>
    </message>
    <message>
        <source>Satisfaction (1-5)</source>
        <translation>Satisfacción (1-5)</translation>
    </message>
    <message>
        <source>Ticket message</source>
        <translation>Mensaje de incidencia</translation>
    </message>
    <message>
        <source>Ticket messages</source>
        <translation>Mensajes de incidencia</translation>
    </message>
    <message>
        <source>Reply to the customer</source>
        <translation>Respuesta al cliente</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Nota interna</translation>
    </message>
    <message>
        <source>From the customer</source>
        <translation>Del cliente</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Escrito</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>Horario laboral</translation>
    </message>
    <message>
        <source>Business hours calendars</source>
        <translation>Calendarios de horario laboral</translation>
    </message>
    <message>
        <source>Calendar name</source>
        <translation>Nombre del calendario</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Horas de trabajo</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Festivos</translation>
    </message>
    <message>
        <source>Default calendar</source>
        <translation>Calendario predeterminado</translation>
    </message>
    <message>
        <source>SLA policies</source>
        <translation>Políticas de SLA</translation>
    </message>
    <message>
        <source>Policy name</source>
        <translation>Nombre de la política</translation>
    </message>
    <message>
        <source>First response within (business minutes)</source>
        <translation>Primera respuesta en (minutos laborables)</translation>
    </message>
    <message>
        <source>Resolution within (business minutes)</source>
        <translation>Resolución en (minutos laborables)</translation>
    </message>
    <message>
        <source>Warn at (% of the time)</source>
        <translation>Avisar al (% del tiempo)</translation>
    </message>
    <message>
        <source>SLA breach</source>
        <translation>Incumplimiento de SLA</translation>
    </message>
    <message>
        <source>SLA breaches</source>
        <translation>Incumplimientos de SLA</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Was due</source>
        <translation>Vencía</translation>
    </message>
    <message>
        <source>Knowledge base article</source>
        <translation>Artículo de la base de conocimiento</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>Base de conocimiento</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Helped</source>
        <translation>Ha ayudado</translation>
    </message>
    <message>
        <source>Linked article</source>
        <translation>Artículo vinculado</translation>
    </message>
    <message>
        <source>Linked articles</source>
        <translation>Artículos vinculados</translation>
    </message>
    <message>
        <source>Service contracts</source>
        <translation>Contratos de servicio</translation>
    </message>
    <message>
        <source>Contract name</source>
        <translation>Nombre del contrato</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Counted in</source>
        <translation>Se cuenta en</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Per</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Whole term</source>
        <translation>Toda la vigencia</translation>
    </message>
    <message>
        <source>Included per period</source>
        <translation>Incluido por periodo</translation>
    </message>
    <message>
        <source>Used this period</source>
        <translation>Consumido este periodo</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Report name</source>
        <translation>Nombre del informe</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listas</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definición</translation>
    </message>
    <message>
        <source>Shared with everyone</source>
        <translation>Compartido con todos</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <source>No chart</source>
        <translation>Sin gráfico</translation>
    </message>
    <message>
        <source>Bars</source>
        <translation>Barras</translation>
    </message>
    <message>
        <source>Pie</source>
        <translation>Circular</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Última ejecución</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation>Paneles</translation>
    </message>
    <message>
        <source>Dashboard name</source>
        <translation>Nombre del panel</translation>
    </message>
    <message>
        <source>Widgets</source>
        <translation>Elementos</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Compare with the previous period</source>
        <translation>Comparar con el periodo anterior</translation>
    </message>
    <message>
        <source>Opens first</source>
        <translation>Se abre primero</translation>
    </message>
    <message>
        <source>Sales target</source>
        <translation>Objetivo de ventas</translation>
    </message>
    <message>
        <source>Sales targets</source>
        <translation>Objetivos de ventas</translation>
    </message>
    <message>
        <source>Period starts</source>
        <translation>Inicio del periodo</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Comercial</translation>
    </message>
    <message>
        <source>Target amount</source>
        <translation>Importe objetivo</translation>
    </message>
    <message>
        <source>RFM segment</source>
        <translation>Segmento RFM</translation>
    </message>
    <message>
        <source>Champions</source>
        <translation>Campeones</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>Leales</translation>
    </message>
    <message>
        <source>Potential loyalists</source>
        <translation>Leales potenciales</translation>
    </message>
    <message>
        <source>New</source>
        <comment>customer segment</comment>
        <translation>Nuevos</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requieren atención</translation>
    </message>
    <message>
        <source>Can&apos;t lose them</source>
        <translation>No se pueden perder</translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation>Hibernando</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Puntuaciones</translation>
    </message>
    <message>
        <source>RFM score</source>
        <translation>Puntuación RFM</translation>
    </message>
    <message>
        <source>Purchase propensity</source>
        <translation>Propensión de compra</translation>
    </message>
    <message>
        <source>Lead score</source>
        <translation>Puntuación del pre-contacto</translation>
    </message>
    <message>
        <source>New</source>
        <comment>ticket status</comment>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>ticket status</comment>
        <translation>Abierta</translation>
    </message>
</context>
<context>
    <name>trato::ModulePage</name>
    <message>
        <source>Deleted records stay here until you restore them or delete them permanently.</source>
        <translation>Los registros eliminados se quedan aquí hasta que los restaure o los elimine definitivamente.</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Kind of deleted records to show</source>
        <translation>Tipo de registros eliminados que mostrar</translation>
    </message>
    <message>
        <source>Lists of %1</source>
        <translation>Listas de %1</translation>
    </message>
</context>
<context>
    <name>trato::MyDay</name>
    <message>
        <source>My day needs a valid date.</source>
        <translation>Mi día necesita una fecha válida.</translation>
    </message>
    <message>
        <source>My day needs a user name.</source>
        <translation>Mi día necesita un nombre de usuario.</translation>
    </message>
</context>
<context>
    <name>trato::MyDaySection</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Regarding</source>
        <translation>Relacionado con</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>My day</source>
        <translation>Mi día</translation>
    </message>
    <message>
        <source>My day&apos;s activities</source>
        <translation>Actividades de mi día</translation>
    </message>
    <message>
        <source>Whose day</source>
        <translation>De quién es el día</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Día anterior</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Día siguiente</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>%1 (me)</source>
        <translation>%1 (yo)</translation>
    </message>
    <message>
        <source>My day could not be read: %1</source>
        <translation>No se ha podido leer Mi día: %1</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Todo el día</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Atrasadas</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Completar</translation>
    </message>
    <message>
        <source>Complete %1</source>
        <translation>Completar %1</translation>
    </message>
    <message>
        <source>Mark as done and plan the next step</source>
        <translation>Marcar como hecha y planificar el siguiente paso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hechas</translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n abierta</numerusform>
            <numerusform>%n abiertas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n hecha</numerusform>
            <numerusform>%n hechas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue from earlier days</source>
        <translation>
            <numerusform>%n atrasada de días anteriores</numerusform>
            <numerusform>%n atrasadas de días anteriores</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing planned for this day.</source>
        <translation>No hay nada planificado para este día.</translation>
    </message>
</context>
<context>
    <name>trato::NewCallListDialog</name>
    <message>
        <source>New call list</source>
        <translation>Nueva lista de llamadas</translation>
    </message>
    <message>
        <source>e.g. Autumn fair follow-up</source>
        <translation>p. ej., Seguimiento de la feria de otoño</translation>
    </message>
    <message>
        <source>From a saved &amp;segment</source>
        <translation>Desde un &amp;segmento guardado</translation>
    </message>
    <message>
        <source>From a &amp;campaign&apos;s members</source>
        <translation>Desde los miembros de una &amp;campaña</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Call script</source>
        <translation>Guion de llamada</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contactos</translation>
    </message>
    <message>
        <source>leads</source>
        <translation>pre-contactos</translation>
    </message>
    <message>
        <source>(no script)</source>
        <translation>(sin guion)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Sc&amp;ript:</source>
        <translation>&amp;Guion:</translation>
    </message>
    <message>
        <source>People marked do-not-call and people without a phone or mobile are left out; the list tells you how many.</source>
        <translation>Se dejan fuera las personas marcadas como «No llamar» y las que no tienen teléfono ni móvil; la lista indica cuántas.</translation>
    </message>
    <message>
        <source>Create list</source>
        <translation>Crear lista</translation>
    </message>
</context>
<context>
    <name>trato::NewTicketButton</name>
    <message>
        <source>New ticket…</source>
        <translation>Nueva incidencia…</translation>
    </message>
    <message>
        <source>Open a support ticket for this customer</source>
        <translation>Abre una incidencia de soporte para este cliente</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>Nueva incidencia</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Asunto:</translation>
    </message>
</context>
<context>
    <name>trato::Notes</name>
    <message>
        <source>notes cannot be added to &quot;%1&quot; records</source>
        <translation>no se pueden añadir notas a registros de tipo «%1»</translation>
    </message>
    <message>
        <source>no %1 with id %2</source>
        <translation>no hay ningún registro de tipo %1 con id %2</translation>
    </message>
    <message>
        <source>the %1 %2 is in the Trash</source>
        <translation>el registro %2 de tipo %1 está en la Papelera</translation>
    </message>
    <message>
        <source>a note needs some text</source>
        <translation>una nota necesita algo de texto</translation>
    </message>
</context>
<context>
    <name>trato::NumberSeries</name>
    <message>
        <source>A number pattern cannot be empty.</source>
        <translation>Un patrón de numeración no puede estar vacío.</translation>
    </message>
    <message>
        <source>The number pattern &quot;%1&quot; needs a counter such as {NNNN}.</source>
        <translation>El patrón de numeración &quot;%1&quot; necesita un contador como {NNNN}.</translation>
    </message>
    <message>
        <source>A number series needs a key.</source>
        <translation>Una serie de numeración necesita una clave.</translation>
    </message>
</context>
<context>
    <name>trato::OptionalDateTimeEdit</name>
    <message>
        <source>No date</source>
        <translation>Sin fecha</translation>
    </message>
</context>
<context>
    <name>trato::PasswordDialog</name>
    <message>
        <source>Team server password</source>
        <translation>Contraseña del servidor del equipo</translation>
    </message>
    <message>
        <source>Password of &lt;b&gt;%1&lt;/b&gt; on the team server %2:</source>
        <translation>Contraseña de &lt;b&gt;%1&lt;/b&gt; en el servidor del equipo %2:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
</context>
<context>
    <name>trato::PasswordStore</name>
    <message>
        <source>No keychain on this computer: Trato will ask for the password once per session</source>
        <translation>No hay llavero del sistema en este ordenador: Trato pedirá la contraseña una vez por sesión</translation>
    </message>
    <message>
        <source>The keychain did not store the password: %1</source>
        <translation>El llavero del sistema no ha guardado la contraseña: %1</translation>
    </message>
    <message>
        <source>The password of %1 is not stored on this computer.</source>
        <translation>La contraseña de %1 no está guardada en este ordenador.</translation>
    </message>
</context>
<context>
    <name>trato::PaymentDialog</name>
    <message>
        <source>Record payment of %1</source>
        <translation>Registrar pago de %1</translation>
    </message>
    <message>
        <source>Balance due:</source>
        <translation>Pendiente de pago:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Importe:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Forma de pago:</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Referencia:</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>Registrar pago</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>Importe: %1</translation>
    </message>
</context>
<context>
    <name>trato::Period</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Semana anterior</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Mes anterior</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Este trimestre</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Trimestre anterior</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Año anterior</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>No date to resolve the period &quot;%1&quot; against.</source>
        <translation>No hay ninguna fecha de referencia para resolver el periodo &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date range: a day does not exist.</source>
        <translation>&quot;%1&quot; no es un intervalo de fechas: uno de los días no existe.</translation>
    </message>
    <message>
        <source>The period &quot;%1&quot; ends before it starts.</source>
        <translation>El periodo &quot;%1&quot; termina antes de empezar.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month (YYYY-MM).</source>
        <translation>&quot;%1&quot; no es un mes (AAAA-MM).</translation>
    </message>
    <message>
        <source>Unknown period &quot;%1&quot;: use one of %2, a year (2026), a month (2026-03), a quarter (2026-Q1) or a range (2026-01-01..2026-03-31).</source>
        <translation>Periodo desconocido &quot;%1&quot;: use uno de %2, un año (2026), un mes (2026-03), un trimestre (2026-Q1) o un intervalo (2026-01-01..2026-03-31).</translation>
    </message>
    <message>
        <source>(no period)</source>
        <translation>(sin periodo)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>trato::PgConnection</name>
    <message>
        <source>&quot;%1&quot; is not a server address: write postgresql://user@host:port/database</source>
        <translation>&quot;%1&quot; no es una dirección de servidor: escriba postgresql://user@host:port/database</translation>
    </message>
    <message>
        <source>Unknown TLS mode &quot;%1&quot; (one of %2)</source>
        <translation>Modo TLS desconocido &quot;%1&quot; (uno de %2)</translation>
    </message>
    <message>
        <source>The server address %1 names no user</source>
        <translation>La dirección de servidor %1 no indica ningún usuario</translation>
    </message>
    <message>
        <source>The port of %1 is not valid</source>
        <translation>El puerto de %1 no es válido</translation>
    </message>
    <message>
        <source>The team server address is incomplete: host, database and user are needed</source>
        <translation>La dirección del servidor del equipo está incompleta: se necesitan servidor (host), base de datos y usuario</translation>
    </message>
    <message>
        <source>Out of memory while connecting to the team server</source>
        <translation>Memoria insuficiente al conectar con el servidor del equipo</translation>
    </message>
    <message>
        <source>The team server refused the password of user %1 (%2)</source>
        <translation>El servidor del equipo ha rechazado la contraseña del usuario %1 (%2)</translation>
    </message>
    <message>
        <source>The team server %1 asks for a password for user %2</source>
        <translation>El servidor del equipo %1 pide una contraseña para el usuario %2</translation>
    </message>
    <message>
        <source>The team server %1 has no user %2</source>
        <translation>El servidor del equipo %1 no tiene el usuario %2</translation>
    </message>
    <message>
        <source>The team server has no database &quot;%1&quot;</source>
        <translation>El servidor del equipo no tiene la base de datos &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Cannot reach the team server %1: %2</source>
        <translation>No se puede conectar con el servidor del equipo %1: %2</translation>
    </message>
    <message>
        <source>The connection to the team server %1 was lost</source>
        <translation>Se ha perdido la conexión con el servidor del equipo %1</translation>
    </message>
    <message>
        <source>User %1 has no right to do this on the team server: %2</source>
        <translation>El usuario %1 no tiene permiso para hacer esto en el servidor del equipo: %2</translation>
    </message>
</context>
<context>
    <name>trato::PipelineBoardPage</name>
    <message>
        <source>Expected close from</source>
        <translation>Cierre previsto desde</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Embudo de ventas</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Pipeline:</source>
        <translation>Embudo:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Propietario:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>%1 opportunities · amount %2 · weighted %3</source>
        <translation>%1 potenciales · importe %2 · ponderado %3</translation>
    </message>
    <message>
        <source>%1 · %2
Weighted %3</source>
        <translation>%1 · %2
Ponderado %3</translation>
    </message>
    <message>
        <source>+ %1 more</source>
        <translation>+ %1 más</translation>
    </message>
    <message>
        <source>Could not move “%1” to %2: %3</source>
        <translation>No se pudo mover “%1” a %2: %3</translation>
    </message>
</context>
<context>
    <name>trato::PipelineColumnModel</name>
    <message>
        <source>Stalled</source>
        <translation>Estancado</translation>
    </message>
    <message>
        <source>No amount</source>
        <translation>Sin importe</translation>
    </message>
    <message>
        <source>Stalled: no next step and no open activity, or the expected close has passed.</source>
        <translation>Estancado: sin siguiente paso ni actividad abierta, o ya ha pasado el cierre previsto.</translation>
    </message>
</context>
<context>
    <name>trato::Pipelines</name>
    <message>
        <source>Prospecting</source>
        <translation>Prospección</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Cualificación</translation>
    </message>
    <message>
        <source>Needs analysis</source>
        <translation>Análisis de necesidades</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Negociación</translation>
    </message>
    <message>
        <source>Closed won</source>
        <translation>Cerrado ganado</translation>
    </message>
    <message>
        <source>Closed lost</source>
        <translation>Cerrado perdido</translation>
    </message>
    <message>
        <source>The pipeline has no stages.</source>
        <translation>El embudo de ventas no tiene fases.</translation>
    </message>
    <message>
        <source>Stage (stage): there is no pipeline stage with id %1.</source>
        <translation>Fase (stage): no existe ninguna fase del embudo con el id %1.</translation>
    </message>
    <message>
        <source>Stage (stage): the stage does not belong to the opportunity&apos;s pipeline.</source>
        <translation>Fase (stage): la fase no pertenece al embudo del potencial.</translation>
    </message>
    <message>
        <source>Probability (probability) must be between 0 and 100.</source>
        <translation>La probabilidad (probability) debe estar entre 0 y 100.</translation>
    </message>
    <message>
        <source>Currency (currency) must be a three-letter code such as EUR, not &quot;%1&quot;.</source>
        <translation>La moneda (currency) debe ser un código de tres letras como EUR, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A stage cannot move to another pipeline.</source>
        <translation>Una fase no puede pasar a otro embudo.</translation>
    </message>
    <message>
        <source>Stage name (name): the pipeline already has a stage named &quot;%1&quot;.</source>
        <translation>Nombre de la fase (name): el embudo ya tiene una fase llamada &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Default probability (probability) must be between 0 and 100.</source>
        <translation>La probabilidad predeterminada (probability) debe estar entre 0 y 100.</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
    <message>
        <source>There is no pipeline &quot;%1&quot;.</source>
        <translation>No existe el embudo &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Stage &quot;%1&quot;: use NAME:PROBABILITY[:won|lost], e.g. &quot;Proposal:60&quot;.</source>
        <translation>Fase &quot;%1&quot;: use NOMBRE:PROBABILIDAD[:won|lost], p. ej. &quot;Propuesta:60&quot;.</translation>
    </message>
    <message>
        <source>Stage &quot;%1&quot;: the outcome must be won or lost.</source>
        <translation>Fase &quot;%1&quot;: el resultado debe ser won (ganado) o lost (perdido).</translation>
    </message>
    <message>
        <source>A pipeline needs a name.</source>
        <translation>Un embudo de ventas necesita un nombre.</translation>
    </message>
    <message>
        <source>Pipeline &quot;%1&quot; needs at least one stage.</source>
        <translation>El embudo &quot;%1&quot; necesita al menos una fase.</translation>
    </message>
    <message>
        <source>The pipeline_stage entity is missing.</source>
        <translation>Falta la entidad pipeline_stage.</translation>
    </message>
    <message>
        <source>Pipeline &quot;%1&quot;: a stage has no name.</source>
        <translation>Embudo &quot;%1&quot;: una fase no tiene nombre.</translation>
    </message>
    <message>
        <source>Pipeline &quot;%1&quot;: the stage name &quot;%2&quot; is used twice.</source>
        <translation>Embudo &quot;%1&quot;: el nombre de fase &quot;%2&quot; está repetido.</translation>
    </message>
    <message>
        <source>Stage &quot;%1&quot;: the probability must be between 0 and 100.</source>
        <translation>Fase &quot;%1&quot;: la probabilidad debe estar entre 0 y 100.</translation>
    </message>
    <message>
        <source>Pipeline &quot;%1&quot; needs at least one open stage (one that is neither won nor lost).</source>
        <translation>El embudo &quot;%1&quot; necesita al menos una fase abierta (que no sea ni ganada ni perdida).</translation>
    </message>
    <message>
        <source>There is already a pipeline named &quot;%1&quot;.</source>
        <translation>Ya existe un embudo llamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Pipeline &quot;%1&quot; has no stage &quot;%2&quot;. Stages: %3.</source>
        <translation>El embudo &quot;%1&quot; no tiene la fase &quot;%2&quot;. Fases: %3.</translation>
    </message>
</context>
<context>
    <name>trato::PriceResolver</name>
    <message>
        <source>List price</source>
        <translation>Precio de tarifa general</translation>
    </message>
    <message>
        <source>Price book %1</source>
        <translation>Tarifa %1</translation>
    </message>
    <message>
        <source>Price book %1: %2 % off the list price</source>
        <translation>Tarifa %1: %2 % de descuento sobre el precio de tarifa general</translation>
    </message>
    <message>
        <source>Several %1s are named &quot;%2&quot;: give the SKU, code or id.</source>
        <translation>Hay varios %1 con el nombre &quot;%2&quot;: indique el SKU, el código o el id.</translation>
    </message>
    <message>
        <source>There is no product or service &quot;%1&quot; (give a SKU, service code, id or exact name).</source>
        <translation>No hay ningún producto ni servicio &quot;%1&quot; (indique un SKU, un código de servicio, un id o el nombre exacto).</translation>
    </message>
    <message>
        <source>There is no product or service with the id %1.</source>
        <translation>No hay ningún producto ni servicio con el id %1.</translation>
    </message>
    <message>
        <source>Quantity: give a quantity greater than zero.</source>
        <translation>Cantidad: indique una cantidad mayor que cero.</translation>
    </message>
</context>
<context>
    <name>trato::PrintActions</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Exportar P&amp;DF…</translation>
    </message>
    <message>
        <source>Preview and print this document</source>
        <translation>Muestra la vista previa e imprime este documento</translation>
    </message>
    <message>
        <source>Save this document as a PDF file</source>
        <translation>Guarda este documento como archivo PDF</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Imprimir %1</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Se ha guardado %1</translation>
    </message>
</context>
<context>
    <name>trato::PrintJob</name>
    <message>
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Print to PDF</source>
        <translation>Imprimir en PDF</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Se ha escrito %1</translation>
    </message>
    <message>
        <source>Cancelled: %1 was not written.</source>
        <translation>Cancelado: no se ha escrito %1.</translation>
    </message>
</context>
<context>
    <name>trato::PrintableDocument</name>
    <message>
        <source>&quot;%1&quot; is not a sales document (use one of: %2)</source>
        <translation>&quot;%1&quot; no es un documento de venta (use uno de: %2)</translation>
    </message>
    <message>
        <source>Unknown entity %1</source>
        <translation>Entidad desconocida %1</translation>
    </message>
    <message>
        <source>No %1 with id or number &quot;%2&quot;</source>
        <translation>No existe %1 con el id o número &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Corrects invoice</source>
        <translation>Rectifica la factura</translation>
    </message>
    <message>
        <source>Sample invoice</source>
        <translation>Factura de ejemplo</translation>
    </message>
    <message>
        <source>30 days, bank transfer</source>
        <translation>30 días, transferencia bancaria</translation>
    </message>
    <message>
        <source>Yearly maintenance</source>
        <translation>Mantenimiento anual</translation>
    </message>
    <message>
        <source>Owner&apos;s manual, printed</source>
        <translation>Manual de instrucciones, impreso</translation>
    </message>
</context>
<context>
    <name>trato::ProductOptionsView</name>
    <message>
        <source>Add option…</source>
        <translation>Añadir opción…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Required / optional</source>
        <translation>Obligatorio / opcional</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>Group / option</source>
        <translation>Grupo / opción</translation>
    </message>
    <message>
        <source>SKU code</source>
        <translation>Código SKU</translation>
    </message>
    <message>
        <source>Price change</source>
        <translation>Variación de precio</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predeterminada</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>Add group…</source>
        <translation>Añadir grupo…</translation>
    </message>
    <message>
        <source>Add incompatible pair…</source>
        <translation>Añadir par incompatible…</translation>
    </message>
    <message>
        <source>Options that cannot be chosen together:</source>
        <translation>Opciones que no se pueden elegir juntas:</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Add option group</source>
        <translation>Añadir grupo de opciones</translation>
    </message>
    <message>
        <source>Group name (for example Color):</source>
        <translation>Nombre del grupo (por ejemplo Color):</translation>
    </message>
    <message>
        <source>Add option</source>
        <translation>Añadir opción</translation>
    </message>
    <message>
        <source>Default choice of the group</source>
        <translation>Opción predeterminada del grupo</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Grupo:</translation>
    </message>
    <message>
        <source>Option name:</source>
        <translation>Nombre de la opción:</translation>
    </message>
    <message>
        <source>SKU code:</source>
        <translation>Código SKU:</translation>
    </message>
    <message>
        <source>Price change:</source>
        <translation>Variación de precio:</translation>
    </message>
    <message>
        <source>Price change: %1</source>
        <translation>Variación de precio: %1</translation>
    </message>
    <message>
        <source>Incompatible options</source>
        <translation>Opciones incompatibles</translation>
    </message>
    <message>
        <source>Option:</source>
        <translation>Opción:</translation>
    </message>
    <message>
        <source>Cannot go with:</source>
        <translation>No es compatible con:</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Cambiar nombre</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nombre nuevo:</translation>
    </message>
</context>
<context>
    <name>trato::ProductStockView</name>
    <message>
        <source>Adjust…</source>
        <translation>Ajustar…</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>Traspasar…</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Existencias</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Almacén</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>En existencias</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reservado</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Average cost</source>
        <translation>Coste medio</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Stock per warehouse</source>
        <translation>Existencias por almacén</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Movimiento</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Stock movements, newest first</source>
        <translation>Movimientos de existencias, los más recientes primero</translation>
    </message>
    <message>
        <source>Correct the stock by a counted difference, with a reason</source>
        <translation>Corrige las existencias según una diferencia de recuento, con un motivo</translation>
    </message>
    <message>
        <source>Move stock from one warehouse to another</source>
        <translation>Traspasa existencias de un almacén a otro</translation>
    </message>
    <message>
        <source>Movements (newest first)</source>
        <translation>Movimientos (los más recientes primero)</translation>
    </message>
    <message>
        <source>Save the product to see and move its stock.</source>
        <translation>Guarde el producto para ver y mover sus existencias.</translation>
    </message>
    <message>
        <source>Could not read the stock: %1</source>
        <translation>No se pudieron leer las existencias: %1</translation>
    </message>
    <message>
        <source>On hand %1 · reserved %2 · available %3 · value %4</source>
        <translation>En existencias %1 · reservado %2 · disponible %3 · valor %4</translation>
    </message>
    <message>
        <source>unknown (no receipt with a cost yet)</source>
        <translation>desconocido (aún no hay ninguna recepción con coste)</translation>
    </message>
    <message>
        <source>Stock adjusted.</source>
        <translation>Existencias ajustadas.</translation>
    </message>
    <message>
        <source>Stock transferred.</source>
        <translation>Existencias traspasadas.</translation>
    </message>
</context>
<context>
    <name>trato::PurchaseHistoryService</name>
    <message>
        <source>Several accounts are named &quot;%1&quot;: give the id.</source>
        <translation>Hay varias cuentas llamadas &quot;%1&quot;: indique el id.</translation>
    </message>
    <message>
        <source>Several contacts are named &quot;%1&quot;: give the id.</source>
        <translation>Hay varios contactos llamados &quot;%1&quot;: indique el id.</translation>
    </message>
    <message>
        <source>There is no account or contact &quot;%1&quot; (give an id or the exact name).</source>
        <translation>No existe ninguna cuenta ni contacto &quot;%1&quot; (indique un id o el nombre exacto).</translation>
    </message>
    <message>
        <source>Purchase history is kept for accounts and contacts, not &quot;%1&quot;.</source>
        <translation>El historial de compras se guarda para cuentas y contactos, no para &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no %1 with the id %2.</source>
        <translation>No existe %1 con el id %2.</translation>
    </message>
</context>
<context>
    <name>trato::PurchaseHistoryView</name>
    <message>
        <source>Purchases</source>
        <translation>Compras</translation>
    </message>
    <message>
        <source>Products and services bought</source>
        <translation>Productos y servicios comprados</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Product or service</source>
        <translation>Producto o servicio</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Last bought</source>
        <translation>Última compra</translation>
    </message>
    <message>
        <source>Totals per year</source>
        <translation>Totales por año</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Facturas</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Facturado</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Rectificado</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Neto</translation>
    </message>
    <message>
        <source>Open quotes</source>
        <translation>Presupuestos abiertos</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Unpaid invoices</source>
        <translation>Facturas impagadas</translation>
    </message>
    <message>
        <source>Balance due</source>
        <translation>Pendiente de pago</translation>
    </message>
    <message>
        <source>Per year</source>
        <translation>Por año</translation>
    </message>
    <message>
        <source>Save the record to see what it bought.</source>
        <translation>Guarde el registro para ver lo que ha comprado.</translation>
    </message>
    <message>
        <source>Reading the purchase history…</source>
        <translation>Leyendo el historial de compras…</translation>
    </message>
    <message>
        <source>Could not read the purchase history: %1</source>
        <translation>No se pudo leer el historial de compras: %1</translation>
    </message>
    <message>
        <source>No purchases yet: no issued invoice names this %1.</source>
        <translation>Aún no hay compras: ninguna factura emitida está a nombre de %1.</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>este contacto</translation>
    </message>
    <message>
        <source>account</source>
        <translation>esta cuenta</translation>
    </message>
    <message>
        <source>Last purchase %1 · invoiced %2 · credited %3 · net %4</source>
        <translation>Última compra %1 · facturado %2 · rectificado %3 · neto %4</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <source>(no number)</source>
        <translation>(sin número)</translation>
    </message>
</context>
<context>
    <name>trato::PurchaseLinesTab</name>
    <message>
        <source>Lines</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Coste unitario</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>Total de la línea</translation>
    </message>
    <message>
        <source>Product SKU or name</source>
        <translation>SKU o nombre del producto</translation>
    </message>
    <message>
        <source>Unit cost (default: product cost)</source>
        <translation>Coste unitario (predeterminado: coste del producto)</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Añadir línea</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Quitar línea</translation>
    </message>
    <message>
        <source>Save the purchase order to add lines.</source>
        <translation>Guarde el pedido de compra para añadir líneas.</translation>
    </message>
    <message>
        <source>Total: %1 · %2</source>
        <translation>Total: %1 · %2</translation>
    </message>
    <message>
        <source>There is no product &quot;%1&quot; (give its SKU or name).</source>
        <translation>No hay ningún producto &quot;%1&quot; (indique su SKU o nombre).</translation>
    </message>
</context>
<context>
    <name>trato::PurchaseOrderActions</name>
    <message>
        <source>Order</source>
        <translation>Pedir</translation>
    </message>
    <message>
        <source>Receive…</source>
        <translation>Recibir…</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Cancelar pedido</translation>
    </message>
    <message>
        <source>Close short</source>
        <translation>Cerrar incompleto</translation>
    </message>
    <message>
        <source>Ordered as %1.</source>
        <translation>Pedido como %1.</translation>
    </message>
    <message>
        <source>Goods received into stock.</source>
        <translation>Mercancía recibida en existencias.</translation>
    </message>
    <message>
        <source>Cancel this purchase order?</source>
        <translation>¿Cancelar este pedido de compra?</translation>
    </message>
</context>
<context>
    <name>trato::Purchasing</name>
    <message>
        <source>There is no purchase order with the id %1.</source>
        <translation>No hay ningún pedido de compra con el id %1.</translation>
    </message>
    <message>
        <source>the draft purchase order %1</source>
        <translation>el pedido de compra en borrador %1</translation>
    </message>
    <message>
        <source>A quantity must be greater than zero (not %1).</source>
        <translation>Una cantidad debe ser mayor que cero (no %1).</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Partially received</source>
        <translation>Recibido en parte</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>There is no purchase order line with the id %1.</source>
        <translation>No hay ninguna línea de pedido de compra con el id %1.</translation>
    </message>
    <message>
        <source>Lines of %1 can be changed only while it is a draft.</source>
        <translation>Las líneas de %1 solo se pueden cambiar mientras sea un borrador.</translation>
    </message>
    <message>
        <source>%1 is %2: only a draft can be ordered.</source>
        <translation>%1 está en estado %2: solo se puede pedir un borrador.</translation>
    </message>
    <message>
        <source>A purchase order needs at least one line before it is ordered.</source>
        <translation>Un pedido de compra necesita al menos una línea antes de pedirse.</translation>
    </message>
    <message>
        <source>%1 is %2: only an ordered or partially received order can be received.</source>
        <translation>%1 está en estado %2: solo se puede recibir un pedido ya pedido o recibido en parte.</translation>
    </message>
    <message>
        <source>Nothing is outstanding on %1.</source>
        <translation>No queda nada pendiente en %1.</translation>
    </message>
    <message>
        <source>%1 has no line with the id %2.</source>
        <translation>%1 no tiene ninguna línea con el id %2.</translation>
    </message>
    <message>
        <source>Line %1 (%2): </source>
        <translation>Línea %1 (%2): </translation>
    </message>
    <message>
        <source>%1 is more than the %2 still outstanding (ordered %3, received %4).</source>
        <translation>%1 es más que los %2 aún pendientes (pedido %3, recibido %4).</translation>
    </message>
    <message>
        <source>%1 is partially received and cannot be cancelled: close it short instead.</source>
        <translation>%1 está recibido en parte y no se puede cancelar: ciérrelo incompleto en su lugar.</translation>
    </message>
    <message>
        <source>%1 is %2 and cannot be cancelled.</source>
        <translation>%1 está en estado %2 y no se puede cancelar.</translation>
    </message>
    <message>
        <source>%1 is %2: only a partially received order can be closed short.</source>
        <translation>%1 está en estado %2: solo se puede cerrar incompleto un pedido recibido en parte.</translation>
    </message>
    <message>
        <source>There is no purchase order &quot;%1&quot;.</source>
        <translation>No hay ningún pedido de compra «%1».</translation>
    </message>
    <message>
        <source>A purchase order line cannot move to another order.</source>
        <translation>Una línea de pedido de compra no puede pasar a otro pedido.</translation>
    </message>
    <message>
        <source>There is no product with the id %1.</source>
        <translation>No hay ningún producto con el id %1.</translation>
    </message>
    <message>
        <source>Quantity of %1: </source>
        <translation>Cantidad de %1: </translation>
    </message>
    <message>
        <source>The unit cost of %1 cannot be negative.</source>
        <translation>El coste unitario de %1 no puede ser negativo.</translation>
    </message>
    <message>
        <source>%1: more would be received than was ordered.</source>
        <translation>%1: se recibiría más de lo pedido.</translation>
    </message>
    <message>
        <source>A quantity is missing.</source>
        <translation>Falta una cantidad.</translation>
    </message>
</context>
<context>
    <name>trato::QueuePage</name>
    <message>
        <source>Queues</source>
        <translation>Colas</translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <translation>%1 (%L2)</translation>
    </message>
</context>
<context>
    <name>trato::ReceiveDialog</name>
    <message>
        <source>Receive %1</source>
        <translation>Recibir %1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Receive now</source>
        <translation>Recibir ahora</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Recibir</translation>
    </message>
    <message>
        <source>Quantities received now (leave empty or 0 for lines not received):</source>
        <translation>Cantidades recibidas ahora (deje vacío o 0 en las líneas no recibidas):</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>Give the quantity received of at least one line.</source>
        <translation>Indique la cantidad recibida de al menos una línea.</translation>
    </message>
</context>
<context>
    <name>trato::RecordEvent</name>
    <message>
        <source>Merged with</source>
        <translation>Fusionado con</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>Fusionado en</translation>
    </message>
    <message>
        <source>Converted from lead</source>
        <translation>Convertido desde un pre-contacto</translation>
    </message>
</context>
<context>
    <name>trato::RecordForm</name>
    <message>
        <source>Record information</source>
        <translation>Información del registro</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>El campo %1 es obligatorio.</translation>
    </message>
    <message>
        <source>Other details</source>
        <translation>Otros datos</translation>
    </message>
</context>
<context>
    <name>trato::RecordListView</name>
    <message>
        <source>%1 in the Trash</source>
        <translation>%1 en la Papelera</translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation>No se ha podido leer la lista: %1</translation>
    </message>
    <message>
        <source>List actions</source>
        <translation>Acciones de la lista</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>New %1 (Ctrl+N)</source>
        <translation>Nuevo registro de %1 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open the selected %1 (Enter)</source>
        <translation>Abrir el registro de %1 seleccionado (Intro)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Move the selected %1 to the Trash (Del)</source>
        <translation>Mover a la Papelera la selección de %1 (Supr)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Bring the selected %1 back</source>
        <translation>Recuperar la selección de %1</translation>
    </message>
    <message>
        <source>Delete permanently</source>
        <translation>Eliminar definitivamente</translation>
    </message>
    <message>
        <source>Delete the selected %1 for good (Del)</source>
        <translation>Eliminar definitivamente la selección de %1 (Supr)</translation>
    </message>
    <message>
        <source>Filter %1… (Ctrl+F)</source>
        <translation>Filtrar %1… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation>Filtrar %1</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Choose the columns of this list</source>
        <translation>Elija las columnas de esta lista</translation>
    </message>
    <message>
        <source>Choose columns</source>
        <translation>Elegir columnas</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Move %1 to the Trash? You can restore from there.</source>
        <translation>¿Mover %1 a la Papelera? Desde allí se puede restaurar.</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>Mover a la Papelera</translation>
    </message>
    <message>
        <source>Moved %1 to the Trash.</source>
        <translation>Se ha movido a la Papelera: %1.</translation>
    </message>
    <message>
        <source>Restored %1 from the Trash.</source>
        <translation>Registros restaurados de la Papelera: %1.</translation>
    </message>
    <message>
        <source>Delete %1 permanently? This cannot be undone.</source>
        <translation>¿Eliminar definitivamente %1? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Deleted %1 permanently.</source>
        <translation>Se ha eliminado definitivamente: %1.</translation>
    </message>
    <message>
        <source>This list is too long to sort by %1 quickly; sort by another column or filter it first.</source>
        <translation>Esta lista es demasiado larga para ordenarla rápidamente por %1; ordénela por otra columna o fíltrela antes.</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Import %1 from a CSV or vCard file</source>
        <translation>Importar %1 desde un archivo CSV o vCard</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Export these %1 to a CSV or vCard file</source>
        <translation>Exportar estos registros de %1 a un archivo CSV o vCard</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Más</translation>
    </message>
    <message>
        <source>Import, export, find duplicates</source>
        <translation>Importar, exportar, buscar duplicados</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Más acciones</translation>
    </message>
</context>
<context>
    <name>trato::RecordPrintPart</name>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Print this record or export it as a PDF</source>
        <translation>Imprime este registro o lo exporta como PDF</translation>
    </message>
    <message>
        <source>Print record</source>
        <translation>Imprimir registro</translation>
    </message>
    <message>
        <source>Print record…</source>
        <translation>Imprimir registro…</translation>
    </message>
    <message>
        <source>Export record as PDF…</source>
        <translation>Exportar registro como PDF…</translation>
    </message>
</context>
<context>
    <name>trato::RecordPrinter</name>
    <message>
        <source>Printed %1</source>
        <translation>Impreso el %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>The PDF %1 was not written (cancelled, or the file cannot be written).</source>
        <translation>No se ha escrito el PDF %1 (se ha cancelado o no se puede escribir el archivo).</translation>
    </message>
</context>
<context>
    <name>trato::RecordReport</name>
    <message>
        <source>There is no entity &quot;%1&quot;.</source>
        <translation>No existe la entidad &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No %1 with id %2: %3</source>
        <translation>No existe %1 con id %2: %3</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>%1 (%2) · %3</source>
        <translation>%1 (%2) · %3</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trato::RecordStore</name>
    <message>
        <source>Unknown entity &quot;%1&quot;. Known entities: %2.</source>
        <translation>Entidad desconocida «%1». Entidades disponibles: %2.</translation>
    </message>
    <message>
        <source>%1: unknown relation target %2</source>
        <translation>%1: destino de relación desconocido %2</translation>
    </message>
    <message>
        <source>%1: there is no %2 &quot;%3&quot;</source>
        <translation>%1: no hay ningún registro de %2 llamado «%3»</translation>
    </message>
    <message>
        <source>%1: several %2 are named &quot;%3&quot;; give the id instead</source>
        <translation>%1: hay varios registros de %2 llamados «%3»; indique el id</translation>
    </message>
    <message>
        <source>%1 has no field &quot;%2&quot;. Fields: %3.</source>
        <translation>%1 no tiene ningún campo «%2». Campos: %3.</translation>
    </message>
    <message>
        <source>%1 is set by Trato and cannot be changed.</source>
        <translation>%1 lo establece Trato y no se puede cambiar.</translation>
    </message>
    <message>
        <source>%1 has no field &quot;%2&quot;.</source>
        <translation>%1 no tiene ningún campo «%2».</translation>
    </message>
    <message>
        <source>%1: there is no %2 with id %3</source>
        <translation>%1: no hay ningún registro de %2 con id %3</translation>
    </message>
    <message>
        <source>There is no %1 with id %2.</source>
        <translation>No hay ningún registro de tipo %1 con id %2.</translation>
    </message>
    <message>
        <source>That %1 is already in the Trash.</source>
        <translation>Ese registro de tipo %1 ya está en la Papelera.</translation>
    </message>
    <message>
        <source>That %1 is not in the Trash.</source>
        <translation>Ese registro de tipo %1 no está en la Papelera.</translation>
    </message>
    <message>
        <source>Only records in the Trash can be purged; delete it first.</source>
        <translation>Solo se pueden eliminar definitivamente los registros de la Papelera; muévalo antes a la Papelera.</translation>
    </message>
    <message>
        <source>%1 has no field &quot;%2&quot; to sort by.</source>
        <translation>%1 no tiene ningún campo «%2» por el que ordenar.</translation>
    </message>
    <message>
        <source>%1 (%2) is required.</source>
        <translation>%1 (%2) es obligatorio.</translation>
    </message>
    <message>
        <source>%1 (%2) is required when %3 is %4.</source>
        <translation>%1 (%2) es obligatorio cuando %3 es «%4».</translation>
    </message>
    <message>
        <source>%1 (%2) cannot be before %3 (%4).</source>
        <translation>%1 (%2) no puede ser anterior a %3 (%4).</translation>
    </message>
</context>
<context>
    <name>trato::RecordView</name>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Save the record (Ctrl+S)</source>
        <translation>Guardar el registro (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save record</source>
        <translation>Guardar registro</translation>
    </message>
    <message>
        <source>Move the record to the Trash (Del)</source>
        <translation>Mover el registro a la Papelera (Supr)</translation>
    </message>
    <message>
        <source>Delete record</source>
        <translation>Eliminar registro</translation>
    </message>
    <message>
        <source>Bring the record back from the Trash</source>
        <translation>Recuperar el registro de la Papelera</translation>
    </message>
    <message>
        <source>Restore record</source>
        <translation>Restaurar registro</translation>
    </message>
    <message>
        <source>Close the record (Esc)</source>
        <translation>Cerrar el registro (Esc)</translation>
    </message>
    <message>
        <source>Close record</source>
        <translation>Cerrar registro</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Record sections</source>
        <translation>Secciones del registro</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detalles</translation>
    </message>
    <message>
        <source>Related records</source>
        <translation>Registros relacionados</translation>
    </message>
    <message>
        <source>&amp;Related</source>
        <translation>&amp;Relacionados</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>Hi&amp;storial</translation>
    </message>
    <message>
        <source>This record is in the Trash. Restore it before changing it.</source>
        <translation>Este registro está en la Papelera. Restáurelo antes de modificarlo.</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>Se ha creado %1.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Se ha guardado %1.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message>
        <source>Move %1 to the Trash? You can restore it from there.</source>
        <translation>¿Mover %1 a la Papelera? Podrá restaurarlo desde allí.</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>Mover a la Papelera</translation>
    </message>
    <message>
        <source>Moved %1 to the Trash.</source>
        <translation>Se ha movido %1 a la Papelera.</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>Se ha restaurado %1.</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Nuevo registro de %1</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>In the Trash</source>
        <translation>En la Papelera</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
</context>
<context>
    <name>trato::Recurrence</name>
    <message>
        <source>Repeats (repeat) must be none, daily, weekly or monthly, not &quot;%1&quot;.</source>
        <translation>Se repite (repeat) debe ser none, daily, weekly o monthly, no «%1».</translation>
    </message>
    <message>
        <source>Occurrences (repeat_count) must be between 1 and %1, not %2.</source>
        <translation>Repeticiones (repeat_count) debe estar entre 1 y %1, no %2.</translation>
    </message>
    <message>
        <source>A repeating activity needs a start (start_at).</source>
        <translation>Una actividad que se repite necesita un inicio (start_at).</translation>
    </message>
    <message>
        <source>Every (repeat_interval) must be between 1 and %1, not %2.</source>
        <translation>Cada (repeat_interval) debe estar entre 1 y %1, no %2.</translation>
    </message>
    <message>
        <source>A repeating activity needs an end: Until (repeat_until) or Occurrences (repeat_count).</source>
        <translation>Una actividad que se repite necesita un final: Hasta (repeat_until) o Repeticiones (repeat_count).</translation>
    </message>
    <message>
        <source>Until (repeat_until) %1 is before the start %2.</source>
        <translation>Hasta (repeat_until) %1 es anterior al inicio %2.</translation>
    </message>
    <message>
        <source>That makes more than %1 occurrences; choose an earlier Until (repeat_until) or fewer Occurrences (repeat_count).</source>
        <translation>Eso supone más de %1 repeticiones; elija un Hasta (repeat_until) anterior o menos Repeticiones (repeat_count).</translation>
    </message>
</context>
<context>
    <name>trato::RelatedLists</name>
    <message>
        <source>Save the record to see the records related to it.</source>
        <translation>Guarde el registro para ver los registros relacionados con él.</translation>
    </message>
    <message>
        <source>No other kind of record refers to this one yet.</source>
        <translation>Todavía ningún otro tipo de registro hace referencia a este.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ninguno.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>trato::RelationEditor</name>
    <message>
        <source>Type to find a %1</source>
        <translation>Escriba para buscar %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open the selected %1</source>
        <translation>Abrir el registro de %1 seleccionado</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Abrir %1</translation>
    </message>
</context>
<context>
    <name>trato::RelationshipBadge</name>
    <message>
        <source>never reached</source>
        <translation>nunca localizado</translation>
    </message>
    <message>
        <source>last reached today</source>
        <translation>localizado por última vez hoy</translation>
    </message>
    <message>
        <source>last reached yesterday</source>
        <translation>localizado por última vez ayer</translation>
    </message>
    <message>
        <source>last reached %1 days ago</source>
        <translation>localizado por última vez hace %1 días</translation>
    </message>
    <message>
        <source>Relationship, from how often and how recently this record was reached</source>
        <translation>Relación, según la frecuencia y lo reciente de los contactos con este registro</translation>
    </message>
</context>
<context>
    <name>trato::ReminderPresenter</name>
    <message>
        <source>Trato</source>
        <translation>Trato</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 a las %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 at %2 and %n more</source>
        <translation>
            <numerusform>%1 a las %2 y %n más</numerusform>
            <numerusform>%1 a las %2 y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Trato reminder</source>
        <translation>Recordatorio de Trato</translation>
    </message>
</context>
<context>
    <name>trato::ReminderWindow</name>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>Due reminders</source>
        <translation>Recordatorios pendientes</translation>
    </message>
    <message>
        <source>These activities are coming up or due:</source>
        <translation>Estas actividades están próximas o vencidas:</translation>
    </message>
    <message>
        <source>Snooze:</source>
        <translation>Posponer:</translation>
    </message>
    <message>
        <source>5 min</source>
        <translation>5 min</translation>
    </message>
    <message>
        <source>15 min</source>
        <translation>15 min</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Mañana</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>today at %1</source>
        <translation>hoy a las %1</translation>
    </message>
</context>
<context>
    <name>trato::Reminders</name>
    <message>
        <source>A reminder is snoozed for 1 minute to 30 days (43200 minutes), not %1.</source>
        <translation>Un recordatorio se pospone entre 1 minuto y 30 días (43200 minutos), no %1.</translation>
    </message>
    <message>
        <source>A reminder is snoozed until a time after now.</source>
        <translation>Un recordatorio solo se puede posponer hasta un momento futuro.</translation>
    </message>
</context>
<context>
    <name>trato::ReorderPage</name>
    <message>
        <source>Reorder</source>
        <translation>Reposición</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>On order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Reorder level</source>
        <translation>Nivel de reposición</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Sugerido</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Draft purchase orders</source>
        <translation>Crear pedidos en borrador</translation>
    </message>
    <message>
        <source>Reading stock levels…</source>
        <translation>Leyendo los niveles de existencias…</translation>
    </message>
    <message>
        <source>(no vendor)</source>
        <translation>(sin proveedor)</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) at or below their reorder level.</source>
        <translation>
            <numerusform>%n producto en su nivel de reposición o por debajo.</numerusform>
            <numerusform>%n productos en su nivel de reposición o por debajo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n purchase order(s) drafted</source>
        <translation>
            <numerusform>Se ha creado %n pedido de compra en borrador</numerusform>
            <numerusform>Se han creado %n pedidos de compra en borrador</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> with %n line(s).</source>
        <translation>
            <numerusform> con %n línea.</numerusform>
            <numerusform> con %n líneas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Without a vendor, not ordered: %1.</source>
        <translation>Sin proveedor, no se han pedido: %1.</translation>
    </message>
    <message>
        <source>Already on a draft order: %1.</source>
        <translation>Ya están en un pedido en borrador: %1.</translation>
    </message>
</context>
<context>
    <name>trato::Replenishment</name>
    <message>
        <source>Reorder</source>
        <translation>Reposición</translation>
    </message>
    <message>
        <source>At or below its reorder level: see Inventory → Reorder.</source>
        <translation>En su nivel de reposición o por debajo: consulte Inventario → Reposición.</translation>
    </message>
</context>
<context>
    <name>trato::ReportBuilderDialog</name>
    <message>
        <source>Report builder</source>
        <translation>Generador de informes</translation>
    </message>
    <message>
        <source>Shared with everyone</source>
        <translation>Compartido con todos</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Lists:</source>
        <translation>Listado de:</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <source>Add as column</source>
        <translation>Añadir como columna</translation>
    </message>
    <message>
        <source>Add as filter</source>
        <translation>Añadir como filtro</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>Remove column</source>
        <translation>Quitar columna</translation>
    </message>
    <message>
        <source>Filters (all must match)</source>
        <translation>Filtros (deben cumplirse todos)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condición</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Remove filter</source>
        <translation>Quitar filtro</translation>
    </message>
    <message>
        <source>Grouping, sorting and chart</source>
        <translation>Agrupación, orden y gráfico</translation>
    </message>
    <message>
        <source>by month</source>
        <translation>por mes</translation>
    </message>
    <message>
        <source>by quarter</source>
        <translation>por trimestre</translation>
    </message>
    <message>
        <source>by year</source>
        <translation>por año</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>Agrupar por:</translation>
    </message>
    <message>
        <source>Then by:</source>
        <translation>Después por:</translation>
    </message>
    <message>
        <source>Descending</source>
        <translation>Descendente</translation>
    </message>
    <message>
        <source>Sort by:</source>
        <translation>Ordenar por:</translation>
    </message>
    <message>
        <source>Grand totals row</source>
        <translation>Fila de totales generales</translation>
    </message>
    <message>
        <source>No chart</source>
        <translation>Sin gráfico</translation>
    </message>
    <message>
        <source>Bars</source>
        <translation>Barras</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Pie</source>
        <translation>Circular</translation>
    </message>
    <message>
        <source>Chart of the first grouping:</source>
        <translation>Gráfico de la primera agrupación:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Recuento</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Suma</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>is in the period</source>
        <translation>está en el periodo</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Ejecutando…</translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <translation>
            <numerusform>%n fila</numerusform>
            <numerusform>%n filas</numerusform>
        </translation>
    </message>
    <message>
        <source>The report needs a name.</source>
        <translation>El informe necesita un nombre.</translation>
    </message>
</context>
<context>
    <name>trato::ReportDefinition</name>
    <message>
        <source>&quot;%1&quot; is not a field path (FIELD, RELATION.FIELD or RELATION.RELATION.FIELD).</source>
        <translation>&quot;%1&quot; no es una ruta de campo (CAMPO, RELACIÓN.CAMPO o RELACIÓN.RELACIÓN.CAMPO).</translation>
    </message>
    <message>
        <source>the field %1, which no longer exists</source>
        <translation>el campo %1, que ya no existe</translation>
    </message>
    <message>
        <source>the field %1, which is not a relation</source>
        <translation>el campo %1, que no es una relación</translation>
    </message>
    <message>
        <source>the relation %1, which no longer exists</source>
        <translation>la relación %1, que ya no existe</translation>
    </message>
    <message>
        <source>The report definition is not a JSON object (%1 at offset %2).</source>
        <translation>La definición del informe no es un objeto JSON (%1 en la posición %2).</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>no es un objeto</translation>
    </message>
    <message>
        <source>Unknown report definition version %1 (this Trato reads version 1).</source>
        <translation>Versión de definición de informe desconocida: %1 (esta versión de Trato lee la versión 1).</translation>
    </message>
    <message>
        <source>The report definition names no entity (&quot;entity&quot;).</source>
        <translation>La definición del informe no indica ninguna entidad (&quot;entity&quot;).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; of the report definition must be a list.</source>
        <translation>&quot;%1&quot; de la definición del informe debe ser una lista.</translation>
    </message>
    <message>
        <source>Every entry of &quot;%1&quot; needs a &quot;field&quot;.</source>
        <translation>Cada entrada de &quot;%1&quot; necesita un &quot;field&quot;.</translation>
    </message>
    <message>
        <source>The report lists &quot;%1&quot;, which no longer exists.</source>
        <translation>El informe muestra &quot;%1&quot;, que ya no existe.</translation>
    </message>
    <message>
        <source>The report has no columns.</source>
        <translation>El informe no tiene columnas.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; refers to %2.</source>
        <translation>La columna &apos;%1&apos; hace referencia a %2.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos;: unknown total &quot;%2&quot; (use sum, avg or count).</source>
        <translation>Columna &apos;%1&apos;: total desconocido &quot;%2&quot; (use sum, avg o count).</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos;: a %2 needs a number or an amount.</source>
        <translation>Columna &apos;%1&apos;: %2 requiere un número o un importe.</translation>
    </message>
    <message>
        <source>Filter %1 on &apos;%2&apos; refers to %3.</source>
        <translation>El filtro %1 sobre &apos;%2&apos; hace referencia a %3.</translation>
    </message>
    <message>
        <source>Filter %1: a period needs a date field, and %2 is not one.</source>
        <translation>Filtro %1: un periodo necesita un campo de fecha y %2 no lo es.</translation>
    </message>
    <message>
        <source>Filter %1: &quot;%2&quot; is not a period.</source>
        <translation>Filtro %1: &quot;%2&quot; no es un periodo.</translation>
    </message>
    <message>
        <source>Filter %1: unknown operator &quot;%2&quot;.</source>
        <translation>Filtro %1: operador desconocido &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Filter %1: &quot;%2&quot; cannot be used on %3.</source>
        <translation>Filtro %1: &quot;%2&quot; no se puede usar con %3.</translation>
    </message>
    <message>
        <source>A report groups by two fields at most.</source>
        <translation>Un informe agrupa por dos campos como máximo.</translation>
    </message>
    <message>
        <source>Grouping by &apos;%1&apos; refers to %2.</source>
        <translation>La agrupación por &apos;%1&apos; hace referencia a %2.</translation>
    </message>
    <message>
        <source>Grouping by &apos;%1&apos;: &quot;%2&quot; is not month, quarter or year.</source>
        <translation>Agrupación por &apos;%1&apos;: &quot;%2&quot; no es month, quarter ni year.</translation>
    </message>
    <message>
        <source>Sorting by &apos;%1&apos; refers to %2.</source>
        <translation>La ordenación por &apos;%1&apos; hace referencia a %2.</translation>
    </message>
    <message>
        <source>Unknown chart &quot;%1&quot; (use none, bar, line or pie).</source>
        <translation>Gráfico desconocido &quot;%1&quot; (use none, bar, line o pie).</translation>
    </message>
</context>
<context>
    <name>trato::ReportEngine</name>
    <message>
        <source>%1 has no field &quot;%2&quot;</source>
        <translation>%1 no tiene el campo &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1.%2 is not a relation</source>
        <translation>%1.%2 no es una relación</translation>
    </message>
    <message>
        <source>Unknown operator &quot;%1&quot;.</source>
        <translation>Operador desconocido &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The filter on %1 cannot be run.</source>
        <translation>No se puede aplicar el filtro sobre %1.</translation>
    </message>
    <message>
        <source>The CSV file %1 could not be written: %2</source>
        <translation>No se ha podido escribir el archivo CSV %1: %2</translation>
    </message>
    <message>
        <source>Filter %1: %2</source>
        <translation>Filtro %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The report has no date filter with a period, so a period cannot be applied to it.</source>
        <translation>El informe no tiene ningún filtro de fecha con periodo, así que no se le puede aplicar un periodo.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message numerus="yes">
        <source>Subtotal %1 (%n rows)</source>
        <translation>
            <numerusform>Subtotal %1 (%n fila)</numerusform>
            <numerusform>Subtotal %1 (%n filas)</numerusform>
        </translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>Se ha cancelado el informe.</translation>
    </message>
    <message>
        <source>Reading the report failed: %1</source>
        <translation>No se pudo leer el informe: %1</translation>
    </message>
    <message numerus="yes">
        <source>Total (%n rows)</source>
        <translation>
            <numerusform>Total (%n fila)</numerusform>
            <numerusform>Total (%n filas)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trato::ReportPreview</name>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
</context>
<context>
    <name>trato::ReportService</name>
    <message>
        <source>There is no report with id %1.</source>
        <translation>No existe ningún informe con id %1.</translation>
    </message>
    <message>
        <source>The report &quot;%1&quot; belongs to %2; only its owner can change it (duplicate it to make your own).</source>
        <translation>El informe &quot;%1&quot; pertenece a %2; solo su propietario puede modificarlo (duplíquelo para tener uno propio).</translation>
    </message>
    <message>
        <source>A report needs a name.</source>
        <translation>El informe necesita un nombre.</translation>
    </message>
    <message>
        <source>You already have a report named &quot;%1&quot;.</source>
        <translation>Ya tiene un informe llamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Several shared reports are named &quot;%1&quot;: %2. Use the id.</source>
        <translation>Hay varios informes compartidos llamados &quot;%1&quot;: %2. Use el id.</translation>
    </message>
    <message>
        <source>There is no report &quot;%1&quot; (see `report list`).</source>
        <translation>No existe el informe &quot;%1&quot; (consulte `report list`).</translation>
    </message>
    <message>
        <source>The report &quot;%1&quot; cannot run: %2</source>
        <translation>El informe &quot;%1&quot; no se puede ejecutar: %2</translation>
    </message>
    <message>
        <source>The report &quot;%1&quot; cannot run:
%2</source>
        <translation>El informe &quot;%1&quot; no se puede ejecutar:
%2</translation>
    </message>
</context>
<context>
    <name>trato::ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Saved reports (yours and shared)</source>
        <translation>Informes guardados (suyos y compartidos)</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nuevo…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation>Duplicar…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exportar PDF…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>compartido</translation>
    </message>
    <message>
        <source>shared by %1</source>
        <translation>compartido por %1</translation>
    </message>
    <message>
        <source>No report yet: New… builds one.</source>
        <translation>Aún no hay ningún informe: Nuevo… crea uno.</translation>
    </message>
    <message>
        <source>%1 — lists %2, by %3%4</source>
        <translation>%1 — lista %2, de %3%4</translation>
    </message>
    <message>
        <source>, shared</source>
        <translation>, compartido</translation>
    </message>
    <message>
        <source>Last run: %1</source>
        <translation>Última ejecución: %1</translation>
    </message>
    <message>
        <source>⚠ This report refers to fields that no longer exist:</source>
        <translation>⚠ Este informe hace referencia a campos que ya no existen:</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>Informe no guardado</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Duplicate report</source>
        <translation>Duplicar informe</translation>
    </message>
    <message>
        <source>Name of the copy:</source>
        <translation>Nombre de la copia:</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>Report not duplicated</source>
        <translation>Informe no duplicado</translation>
    </message>
    <message>
        <source>Rename report</source>
        <translation>Cambiar nombre del informe</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nuevo nombre:</translation>
    </message>
    <message>
        <source>Report not renamed</source>
        <translation>Informe no renombrado</translation>
    </message>
    <message>
        <source>Delete report</source>
        <translation>Eliminar informe</translation>
    </message>
    <message>
        <source>Move the report &quot;%1&quot; to the Trash?</source>
        <translation>¿Mover el informe &quot;%1&quot; a la Papelera?</translation>
    </message>
    <message>
        <source>Report not deleted</source>
        <translation>Informe no eliminado</translation>
    </message>
    <message>
        <source>Report with broken references</source>
        <translation>Informe con referencias rotas</translation>
    </message>
    <message>
        <source>The report &quot;%1&quot; cannot run as saved:
%2</source>
        <translation>El informe &quot;%1&quot; no se puede ejecutar tal como está guardado:
%2</translation>
    </message>
    <message>
        <source>Run without them</source>
        <translation>Ejecutar sin ellos</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Ejecutando…</translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <translation>
            <numerusform>%n fila</numerusform>
            <numerusform>%n filas</numerusform>
        </translation>
    </message>
    <message>
        <source>Run the report first.</source>
        <translation>Ejecute primero el informe.</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado %1</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>trato::Rfm</name>
    <message>
        <source>Champions</source>
        <translation>Campeones</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>Leales</translation>
    </message>
    <message>
        <source>Potential loyalists</source>
        <translation>Leales potenciales</translation>
    </message>
    <message>
        <source>New</source>
        <comment>customer segment</comment>
        <translation>Nuevos</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requieren atención</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <source>Can&apos;t lose them</source>
        <translation>No se pueden perder</translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation>Hibernando</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdidos</translation>
    </message>
    <message>
        <source>The RFM window must be between 1 and 120 months, not %1.</source>
        <translation>La ventana RFM debe estar entre 1 y 120 meses, no %1.</translation>
    </message>
</context>
<context>
    <name>trato::SalesDocuments</name>
    <message>
        <source>There is no %1 with the id %2.</source>
        <translation>No existe %1 con el id %2.</translation>
    </message>
    <message>
        <source>the draft %1</source>
        <translation>el borrador %1</translation>
    </message>
    <message>
        <source>A line belongs to exactly one quote, sales order, invoice or credit note.</source>
        <translation>Una línea pertenece a un único presupuesto, pedido de venta, factura o factura rectificativa.</translation>
    </message>
    <message>
        <source>A line needs its document: a quote, a sales order, an invoice or a credit note.</source>
        <translation>Una línea necesita su documento: un presupuesto, un pedido de venta, una factura o una factura rectificativa.</translation>
    </message>
    <message>
        <source>There is no sales line with the id %1.</source>
        <translation>No existe ninguna línea de venta con el id %1.</translation>
    </message>
    <message>
        <source>The sales line %1 has no document.</source>
        <translation>La línea de venta %1 no tiene documento.</translation>
    </message>
    <message>
        <source>A line cannot move to another document.</source>
        <translation>Una línea no puede pasar a otro documento.</translation>
    </message>
    <message>
        <source>%1 is %2: its lines cannot change.</source>
        <translation>%1 está en estado %2: sus líneas no se pueden modificar.</translation>
    </message>
    <message>
        <source>A product line needs a product (and no service).</source>
        <translation>Una línea de producto necesita un producto (y ningún servicio).</translation>
    </message>
    <message>
        <source>A service line needs a service (and no product).</source>
        <translation>Una línea de servicio necesita un servicio (y ningún producto).</translation>
    </message>
    <message>
        <source>A text line names no product or service.</source>
        <translation>Una línea de texto no indica ningún producto ni servicio.</translation>
    </message>
    <message>
        <source>Only a product line has a configuration.</source>
        <translation>Solo una línea de producto tiene configuración.</translation>
    </message>
    <message>
        <source>There is no product with the id %1.</source>
        <translation>No existe ningún producto con el id %1.</translation>
    </message>
    <message>
        <source>There is no service with the id %1.</source>
        <translation>No existe ningún servicio con el id %1.</translation>
    </message>
    <message>
        <source>The quantity of %1 must be more than zero.</source>
        <translation>La cantidad de %1 debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>Quantity of %1: </source>
        <translation>Cantidad de %1: </translation>
    </message>
    <message>
        <source>The configuration of %1 is refused: %2</source>
        <translation>Se rechaza la configuración de %1: %2</translation>
    </message>
    <message>
        <source>The configuration is of another product than %1.</source>
        <translation>La configuración es de un producto distinto de %1.</translation>
    </message>
    <message>
        <source>A text line needs its text (description).</source>
        <translation>Una línea de texto necesita su texto (description).</translation>
    </message>
    <message>
        <source>%1 is issued and cannot be changed (%2); a credit note corrects an issued invoice.</source>
        <translation>%1 está emitida y no se puede modificar (%2); una factura emitida se corrige con una factura rectificativa.</translation>
    </message>
    <message>
        <source>%1 is %2 and cannot be changed (%3).</source>
        <translation>%1 está en estado %2 y no se puede modificar (%3).</translation>
    </message>
    <message>
        <source>The currency %1 differs from %2 of the %3 it comes from: mixing currencies is refused.</source>
        <translation>La moneda %1 es distinta de la del documento de origen (%3, %2): no se permite mezclar monedas.</translation>
    </message>
    <message>
        <source>%1 is issued and cannot be deleted; a credit note corrects an issued invoice.</source>
        <translation>%1 está emitida y no se puede eliminar; una factura emitida se corrige con una factura rectificativa.</translation>
    </message>
    <message>
        <source>A payment cannot move to another invoice.</source>
        <translation>Un pago no puede pasar a otra factura.</translation>
    </message>
    <message>
        <source>There is no invoice with the id %1.</source>
        <translation>No existe ninguna factura con el id %1.</translation>
    </message>
    <message>
        <source>A draft invoice cannot be paid: issue it first.</source>
        <translation>Una factura en borrador no se puede pagar: emítala primero.</translation>
    </message>
    <message>
        <source>%1 is cancelled and cannot be paid.</source>
        <translation>%1 está cancelada y no se puede pagar.</translation>
    </message>
    <message>
        <source>A payment&apos;s amount must be more than zero.</source>
        <translation>El importe de un pago debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>%1 %2 is more than the balance due of %3 (%1 %4).</source>
        <translation>%1 %2 supera el importe pendiente de pago de %3 (%1 %4).</translation>
    </message>
    <message>
        <source>There is no payment with the id %1.</source>
        <translation>No existe ningún pago con el id %1.</translation>
    </message>
    <message>
        <source>%1 is cancelled: its payments stay as they are.</source>
        <translation>%1 está cancelada: sus pagos se mantienen tal cual.</translation>
    </message>
    <message>
        <source>Restoring this payment would pay %1 more than its total.</source>
        <translation>Al restaurar este pago, %1 quedaría pagada por encima de su total.</translation>
    </message>
    <message>
        <source>%1 is not a sales document.</source>
        <translation>%1 no es un documento de venta.</translation>
    </message>
    <message>
        <source>%1 is not a sales document (quote, sales_order, invoice, credit_note).</source>
        <translation>%1 no es un documento de venta (quote, sales_order, invoice, credit_note).</translation>
    </message>
    <message>
        <source>There is no %1 with the id or number &quot;%2&quot;.</source>
        <translation>No existe %1 con el id o número &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>A quote converts to a sales order or an invoice, a sales order to an invoice; not %1 to %2.</source>
        <translation>Un presupuesto se convierte en pedido de venta o en factura, y un pedido de venta en factura; no %1 en %2.</translation>
    </message>
    <message>
        <source>%1 is in the Trash.</source>
        <translation>%1 está en la Papelera.</translation>
    </message>
    <message>
        <source>%1 is %2 and cannot be converted.</source>
        <translation>%1 está en estado %2 y no se puede convertir.</translation>
    </message>
    <message>
        <source>%1 is cancelled and cannot be invoiced.</source>
        <translation>%1 está cancelado y no se puede facturar.</translation>
    </message>
    <message>
        <source>%1 was already converted (%2).</source>
        <translation>%1 ya se convirtió (%2).</translation>
    </message>
    <message>
        <source>a draft %1</source>
        <translation>un borrador de %1</translation>
    </message>
    <message>
        <source>%1 already became the order %2: invoice the order instead.</source>
        <translation>%1 ya se convirtió en el pedido %2: facture el pedido en su lugar.</translation>
    </message>
    <message>
        <source>%1 was already invoiced (%2): it cannot become an order too.</source>
        <translation>%1 ya se facturó (%2): no puede convertirse también en pedido.</translation>
    </message>
    <message>
        <source>%1 is %2: only an open order ships.</source>
        <translation>%1 está en estado %2: solo se envía un pedido abierto.</translation>
    </message>
    <message>
        <source>%1 is %2: only an open order can be cancelled.</source>
        <translation>%1 está en estado %2: solo se puede cancelar un pedido abierto.</translation>
    </message>
    <message>
        <source>That invoice is in the Trash.</source>
        <translation>Esa factura está en la Papelera.</translation>
    </message>
    <message>
        <source>%1 is already issued.</source>
        <translation>%1 ya está emitida.</translation>
    </message>
    <message>
        <source>An invoice without lines cannot be issued.</source>
        <translation>No se puede emitir una factura sin líneas.</translation>
    </message>
    <message>
        <source>A credit note needs a reason.</source>
        <translation>Una factura rectificativa necesita un motivo.</translation>
    </message>
    <message>
        <source>A draft invoice is corrected by editing it, not with a credit note.</source>
        <translation>Una factura en borrador se corrige editándola, no con una factura rectificativa.</translation>
    </message>
    <message>
        <source>%1 is cancelled: there is nothing left to credit.</source>
        <translation>%1 está cancelada: no queda nada por rectificar.</translation>
    </message>
    <message>
        <source>%1 has no line %2.</source>
        <translation>%1 no tiene la línea %2.</translation>
    </message>
    <message>
        <source>Line %1 of %2: the quantity to credit must be more than zero and at most %3.</source>
        <translation>Línea %1 de %2: la cantidad a rectificar debe ser mayor que cero y como máximo %3.</translation>
    </message>
    <message>
        <source>A credit note needs at least one line.</source>
        <translation>Una factura rectificativa necesita al menos una línea.</translation>
    </message>
    <message>
        <source>%1 is %2: only an issued invoice is credited.</source>
        <translation>%1 está en estado %2: solo se rectifica una factura emitida.</translation>
    </message>
    <message>
        <source>A credit note&apos;s total must be more than zero.</source>
        <translation>El total de una factura rectificativa debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>%1 would be credited %2, more than its total of %3.</source>
        <translation>Se rectificarían %2 de %1, más que su total de %3.</translation>
    </message>
    <message>
        <source>Credit note %1: %2</source>
        <translation>Factura rectificativa %1: %2</translation>
    </message>
    <message>
        <source>The configuration is refused: %1</source>
        <translation>Se rechaza la configuración: %1</translation>
    </message>
</context>
<context>
    <name>trato::ScoreFactor</name>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>trato::Scoring</name>
    <message>
        <source>The scoring horizon must be between 1 and 3650 days, not %1.</source>
        <translation>El horizonte de puntuación debe estar entre 1 y 3650 días, no %1.</translation>
    </message>
    <message>
        <source>Days since the last purchase</source>
        <translation>Días desde la última compra</translation>
    </message>
    <message>
        <source>Invoices in the last 12 months</source>
        <translation>Facturas en los últimos 12 meses</translation>
    </message>
    <message>
        <source>Net invoiced in the last 12 months (€)</source>
        <translation>Neto facturado en los últimos 12 meses (€)</translation>
    </message>
    <message>
        <source>Open opportunities</source>
        <translation>Potenciales abiertos</translation>
    </message>
    <message>
        <source>Activities in the last 90 days</source>
        <translation>Actividades en los últimos 90 días</translation>
    </message>
    <message>
        <source>Tickets in the last 12 months</source>
        <translation>Incidencias en los últimos 12 meses</translation>
    </message>
    <message>
        <source>Days as a customer</source>
        <translation>Días como cliente</translation>
    </message>
    <message>
        <source>Source is %1</source>
        <translation>El origen es %1</translation>
    </message>
    <message>
        <source>Rating (hot 3, warm 2, cold 1)</source>
        <translation>Calificación (caliente 3, templado 2, frío 1)</translation>
    </message>
    <message>
        <source>Estimated value (€)</source>
        <translation>Valor estimado (€)</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <source>In a campaign</source>
        <translation>En una campaña</translation>
    </message>
    <message>
        <source>Has an email</source>
        <translation>Tiene correo electrónico</translation>
    </message>
    <message>
        <source>Has a phone</source>
        <translation>Tiene teléfono</translation>
    </message>
    <message>
        <source>Days since created</source>
        <translation>Días desde la creación</translation>
    </message>
    <message>
        <source>Scores exist for &quot;account&quot; and &quot;lead&quot;, not &quot;%1&quot;.</source>
        <translation>Hay puntuaciones para &quot;account&quot; y &quot;lead&quot;, no para &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>RFM segments</source>
        <translation>Segmentos RFM</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Purchase propensity</source>
        <translation>Propensión de compra</translation>
    </message>
    <message>
        <source>Lead scores</source>
        <translation>Puntuaciones de pre-contactos</translation>
    </message>
</context>
<context>
    <name>trato::ScoringPage</name>
    <message>
        <source>Recompute</source>
        <translation>Recalcular</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Revenue (12 months)</source>
        <translation>Ingresos (12 meses)</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Main factors</source>
        <translation>Factores principales</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Pre-contacto</translation>
    </message>
    <message>
        <source>Segments &amp; scores</source>
        <translation>Segmentos y puntuaciones</translation>
    </message>
    <message>
        <source>Compute the RFM segments, purchase propensity and lead scores again from the data, and store them</source>
        <translation>Vuelve a calcular a partir de los datos los segmentos RFM, la propensión de compra y las puntuaciones de los pre-contactos, y los guarda</translation>
    </message>
    <message>
        <source>Customers per RFM segment</source>
        <translation>Clientes por segmento RFM</translation>
    </message>
    <message>
        <source>RFM segments</source>
        <translation>Segmentos RFM</translation>
    </message>
    <message>
        <source>Most likely to buy (next 90 days)</source>
        <translation>Con más probabilidad de comprar (próximos 90 días)</translation>
    </message>
    <message>
        <source>Best open leads</source>
        <translation>Mejores pre-contactos abiertos</translation>
    </message>
    <message>
        <source>Computed on this computer from your own history: RFM from the invoices of the last 12 months; the scores by logistic regression (0–100), each with the three factors that weigh most. Recompute also stores them in the accounts&apos; and leads&apos; Scores fields.</source>
        <translation>Calculado en este equipo a partir de su propio historial: RFM con las facturas de los últimos 12 meses; las puntuaciones, por regresión logística (0–100), cada una con los tres factores que más pesan. Recalcular también las guarda en los campos Puntuaciones de las cuentas y los pre-contactos.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <source>Computing: %1…</source>
        <translation>Calculando: %1…</translation>
    </message>
    <message>
        <source>Cancelled: the steps already done are kept.</source>
        <translation>Cancelado: se conservan los pasos ya realizados.</translation>
    </message>
    <message>
        <source>%1 customers segmented; propensity trained on %2 accounts, lead score on %3 leads; %4 ms.</source>
        <translation>%1 clientes segmentados; propensión entrenada con %2 cuentas, puntuación de pre-contactos con %3 pre-contactos; %4 ms.</translation>
    </message>
</context>
<context>
    <name>trato::SearchResultModel</name>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
</context>
<context>
    <name>trato::SegmentBar</name>
    <message>
        <source>View:</source>
        <translation>Vista:</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vista</translation>
    </message>
    <message>
        <source>All records or a saved segment</source>
        <translation>Todos los registros o un segmento guardado</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Filtrar…</translation>
    </message>
    <message>
        <source>Filter this list by field values</source>
        <translation>Filtrar esta lista por valores de campos</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrar</translation>
    </message>
    <message>
        <source>Save as segment…</source>
        <translation>Guardar como segmento…</translation>
    </message>
    <message>
        <source>Save as segment</source>
        <translation>Guardar como segmento</translation>
    </message>
    <message>
        <source>Name of the segment:</source>
        <translation>Nombre del segmento:</translation>
    </message>
    <message>
        <source>Save changes to the segment</source>
        <translation>Guardar los cambios en el segmento</translation>
    </message>
    <message>
        <source>Delete segment…</source>
        <translation>Eliminar segmento…</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation>Quitar filtro</translation>
    </message>
    <message>
        <source>All %1</source>
        <translation>Todos los registros de %1</translation>
    </message>
    <message>
        <source>Saved the segment &quot;%1&quot;.</source>
        <translation>Se ha guardado el segmento «%1».</translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation>Eliminar segmento</translation>
    </message>
    <message>
        <source>Delete the segment &quot;%1&quot;? Its records stay; only the saved filter goes.</source>
        <translation>¿Eliminar el segmento «%1»? Sus registros se conservan; solo se elimina el filtro guardado.</translation>
    </message>
    <message>
        <source>Deleted the segment &quot;%1&quot;.</source>
        <translation>Se ha eliminado el segmento «%1».</translation>
    </message>
    <message>
        <source>%1 (changed)</source>
        <translation>%1 (modificado)</translation>
    </message>
    <message>
        <source>%1 — %2 records</source>
        <translation>%1 — %2 registros</translation>
    </message>
</context>
<context>
    <name>trato::SegmentStore</name>
    <message>
        <source>unknown entity &quot;%1&quot;</source>
        <translation>entidad desconocida «%1»</translation>
    </message>
    <message>
        <source>A segment needs a name.</source>
        <translation>Un segmento necesita un nombre.</translation>
    </message>
    <message>
        <source>Segment &quot;%1&quot;: %2</source>
        <translation>Segmento «%1»: %2</translation>
    </message>
    <message>
        <source>Segment &quot;%1&quot;: %2 has no field &quot;%3&quot; to sort by</source>
        <translation>Segmento «%1»: %2 no tiene ningún campo «%3» por el que ordenar</translation>
    </message>
    <message>
        <source>There is already a segment named &quot;%1&quot;.</source>
        <translation>Ya hay un segmento llamado «%1».</translation>
    </message>
    <message>
        <source>A segment cannot move to another entity.</source>
        <translation>Un segmento no se puede pasar a otra entidad.</translation>
    </message>
    <message>
        <source>There is no segment with id %1.</source>
        <translation>No hay ningún segmento con id %1.</translation>
    </message>
    <message>
        <source>Segment &quot;%1&quot; is for an unknown entity &quot;%2&quot;.</source>
        <translation>El segmento «%1» es de una entidad desconocida «%2».</translation>
    </message>
    <message>
        <source>There is no segment named &quot;%1&quot;.</source>
        <translation>No hay ningún segmento llamado «%1».</translation>
    </message>
</context>
<context>
    <name>trato::ServerAdmin</name>
    <message>
        <source>The team server needs PostgreSQL 13 or newer (this one is %1)</source>
        <translation>El servidor del equipo necesita PostgreSQL 13 o posterior (este es %1)</translation>
    </message>
    <message>
        <source>%1 is not a Trato team server yet: run `trato-cli server init` first</source>
        <translation>%1 aún no es un servidor del equipo de Trato: ejecute primero `trato-cli server init`</translation>
    </message>
    <message>
        <source>The team server uses schema version %1; this Trato knows up to %2. Update Trato.</source>
        <translation>El servidor del equipo usa la versión de esquema %1; este Trato solo conoce hasta la %2. Actualice Trato.</translation>
    </message>
    <message>
        <source>User %1 may not create roles or schemas on %2: run server init as the database owner with CREATEROLE, or as a superuser</source>
        <translation>El usuario %1 no puede crear roles ni esquemas en %2: ejecute server init como propietario de la base de datos con CREATEROLE, o como superusuario</translation>
    </message>
    <message>
        <source>Migrating the team server to schema version %1 failed: %2</source>
        <translation>Ha fallado la migración del servidor del equipo a la versión de esquema %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a user name: use lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter</source>
        <translation>&quot;%1&quot; no puede ser un nombre de usuario: use minúsculas, dígitos, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;, empezando por una letra</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot; (one of %2)</source>
        <translation>Rol desconocido &quot;%1&quot; (uno de %2)</translation>
    </message>
    <message>
        <source>User %1 needs a team</source>
        <translation>El usuario %1 necesita un equipo</translation>
    </message>
    <message>
        <source>A new user needs a password</source>
        <translation>Un usuario nuevo necesita una contraseña</translation>
    </message>
    <message>
        <source>User %1 may not create login roles on %2</source>
        <translation>El usuario %1 no puede crear roles de inicio de sesión en %2</translation>
    </message>
    <message>
        <source>The team server has no user %1</source>
        <translation>El servidor del equipo no tiene el usuario %1</translation>
    </message>
</context>
<context>
    <name>trato::ServiceContracts</name>
    <message>
        <source>No service contract &quot;%1&quot; (give its id or exact name).</source>
        <translation>No existe el contrato de servicio &quot;%1&quot; (indique su id o nombre exacto).</translation>
    </message>
    <message>
        <source>Several service contracts are named &quot;%1&quot;: give the id.</source>
        <translation>Hay varios contratos de servicio llamados &quot;%1&quot;: indique el id.</translation>
    </message>
    <message>
        <source>No service contract &quot;%1&quot;.</source>
        <translation>No existe el contrato de servicio &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No account &quot;%1&quot; (give its id or exact name).</source>
        <translation>No existe la cuenta &quot;%1&quot; (indique su id o nombre exacto).</translation>
    </message>
    <message>
        <source>Several accounts are named &quot;%1&quot;: give the id.</source>
        <translation>Hay varias cuentas llamadas &quot;%1&quot;: indique el id.</translation>
    </message>
    <message>
        <source>The service contract &quot;%1&quot; expired on %2.</source>
        <translation>El contrato de servicio &quot;%1&quot; caducó el %2.</translation>
    </message>
    <message>
        <source>The service contract &quot;%1&quot; starts on %2.</source>
        <translation>El contrato de servicio &quot;%1&quot; empieza el %2.</translation>
    </message>
    <message>
        <source>The service contract &quot;%1&quot; is used up for this period (%2 of %3 %4).</source>
        <translation>El contrato de servicio &quot;%1&quot; está agotado en este periodo (%2 de %3 %4).</translation>
    </message>
    <message>
        <source>tickets</source>
        <translation>incidencias</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <source>No ticket &quot;%1&quot; (give its id or number).</source>
        <translation>No existe la incidencia &quot;%1&quot; (indique su id o número).</translation>
    </message>
    <message>
        <source>Service contract: no contract &quot;%1&quot;.</source>
        <translation>Contrato de servicio: no existe el contrato &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Service contract: &quot;%1&quot; belongs to %2, not to this ticket&apos;s account.</source>
        <translation>Contrato de servicio: &quot;%1&quot; pertenece a %2, no a la cuenta de esta incidencia.</translation>
    </message>
    <message>
        <source>Almost used up</source>
        <translation>Casi agotado</translation>
    </message>
    <message>
        <source>Less than 10 % of this period&apos;s allowance is left (or it is used up).</source>
        <translation>Queda menos del 10 % de lo incluido en este periodo (o está agotado).</translation>
    </message>
</context>
<context>
    <name>trato::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Secciones de la configuración</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>&amp;Fields</source>
        <translation>&amp;Campos</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Archivo de base de datos</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Choose the database file</source>
        <translation>Elija el archivo de base de datos</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source>Brow&amp;se…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Elija la carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Database file:</source>
        <translation>&amp;Archivo de base de datos:</translation>
    </message>
    <message>
        <source>&amp;Backup folder:</source>
        <translation>Carpeta de copias de &amp;seguridad:</translation>
    </message>
    <message>
        <source>Trato uses this file from its next start; to switch now, use Open database… in the File menu. The --db option and the TRATO_DB variable override it.</source>
        <translation>Trato usará este archivo a partir del próximo inicio; para cambiar ahora, use Abrir base de datos… en el menú Archivo. La opción --db y la variable TRATO_DB tienen prioridad sobre este ajuste.</translation>
    </message>
    <message>
        <source>File → Back up now… writes a copy of the database here.</source>
        <translation>Archivo → Hacer copia de seguridad ahora… guarda aquí una copia de la base de datos.</translation>
    </message>
    <message>
        <source>Trato databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de datos de Trato (*.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Default phone region</source>
        <translation>Región telefónica predeterminada</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>La del sistema (%1)</translation>
    </message>
    <message>
        <source>Default &amp;phone region:</source>
        <translation>Región &amp;telefónica predeterminada:</translation>
    </message>
    <message>
        <source>&amp;Activities</source>
        <translation>Acti&amp;vidades</translation>
    </message>
    <message>
        <source>Telep&amp;hony</source>
        <translation>Tele&amp;fonía</translation>
    </message>
    <message>
        <source>Co&amp;mpany</source>
        <translation>&amp;Empresa</translation>
    </message>
    <message>
        <source>Team ser&amp;ver</source>
        <translation>Ser&amp;vidor del equipo</translation>
    </message>
</context>
<context>
    <name>trato::SlaAlertWindow</name>
    <message>
        <source>Service level alerts</source>
        <translation>Alertas de nivel de servicio</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Incidencia</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>These tickets are about to miss, or have missed, their service level:</source>
        <translation>Estas incidencias están a punto de incumplir, o ya han incumplido, su nivel de servicio:</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Limpiar</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>&amp;Open ticket</source>
        <translation>&amp;Abrir incidencia</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <source>First response breached</source>
        <translation>Primera respuesta incumplida</translation>
    </message>
    <message>
        <source>Resolution breached</source>
        <translation>Resolución incumplida</translation>
    </message>
</context>
<context>
    <name>trato::SlaBadge</name>
    <message>
        <source>On track</source>
        <translation>En plazo</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Incumplido</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <source>No SLA</source>
        <translation>Sin SLA</translation>
    </message>
    <message>
        <source>SLA: %1</source>
        <translation>SLA: %1</translation>
    </message>
    <message>
        <source>Policy: %1</source>
        <translation>Política: %1</translation>
    </message>
    <message>
        <source>First response due %1</source>
        <translation>Primera respuesta: vence %1</translation>
    </message>
    <message>
        <source>Answered %1 (due %2)</source>
        <translation>Respondida %1 (vencía %2)</translation>
    </message>
    <message>
        <source>Resolution due %1</source>
        <translation>Resolución: vence %1</translation>
    </message>
    <message>
        <source>Resolved %1 (due %2)</source>
        <translation>Resuelta %1 (vencía %2)</translation>
    </message>
    <message>
        <source>Paused %1 h %2 min of business time</source>
        <translation>En pausa %1 h %2 min de horario laboral</translation>
    </message>
    <message>
        <source>Waiting on the customer since %1</source>
        <translation>Esperando al cliente desde %1</translation>
    </message>
</context>
<context>
    <name>trato::SlaEngine</name>
    <message>
        <source>SLA policy %1 not found</source>
        <translation>No se encuentra la política de SLA %1</translation>
    </message>
    <message>
        <source>first_response_minutes: must be more than 0</source>
        <translation>first_response_minutes: debe ser mayor que 0</translation>
    </message>
    <message>
        <source>resolution_minutes: must be more than 0</source>
        <translation>resolution_minutes: debe ser mayor que 0</translation>
    </message>
    <message>
        <source>resolution_minutes: %1 is less than the first response time (%2 minutes)</source>
        <translation>resolution_minutes: %1 es menor que el tiempo de primera respuesta (%2 minutos)</translation>
    </message>
    <message>
        <source>warn_percent: %1 is not between 1 and 100</source>
        <translation>warn_percent: %1 no está entre 1 y 100</translation>
    </message>
    <message>
        <source>SLA policy &quot;%1&quot; overlaps &quot;%2&quot;: both are active for priority %3 and tier %4</source>
        <translation>La política de SLA &quot;%1&quot; se solapa con &quot;%2&quot;: ambas están activas para la prioridad %3 y el nivel %4</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>(cualquiera)</translation>
    </message>
    <message>
        <source>calendar &quot;%1&quot;: %2</source>
        <translation>calendario &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>SLA policy &quot;%1&quot;: the minutes must be more than 0 and the resolution at least the first response</source>
        <translation>Política de SLA &quot;%1&quot;: los minutos deben ser mayores que 0 y la resolución al menos igual a la primera respuesta</translation>
    </message>
    <message>
        <source>SLA policy &quot;%1&quot; overlaps &quot;%2&quot;</source>
        <translation>La política de SLA &quot;%1&quot; se solapa con &quot;%2&quot;</translation>
    </message>
    <message>
        <source>business-hours calendar %1 not found</source>
        <translation>No se encuentra el calendario de horario laboral %1</translation>
    </message>
</context>
<context>
    <name>trato::SlaWatcher</name>
    <message>
        <source>SLA breached: %1</source>
        <translation>SLA incumplido: %1</translation>
    </message>
    <message numerus="yes">
        <source>SLA breached: %1 and %n more</source>
        <translation>
            <numerusform>SLA incumplido: %1 y %n más</numerusform>
            <numerusform>SLA incumplido: %1 y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>SLA at risk: %1</source>
        <translation>SLA en riesgo: %1</translation>
    </message>
    <message numerus="yes">
        <source>SLA at risk: %1 and %n more</source>
        <translation>
            <numerusform>SLA en riesgo: %1 y %n más</numerusform>
            <numerusform>SLA en riesgo: %1 y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Trato service levels</source>
        <translation>Niveles de servicio de Trato</translation>
    </message>
    <message>
        <source>Service levels</source>
        <translation>Niveles de servicio</translation>
    </message>
</context>
<context>
    <name>trato::Sql</name>
    <message>
        <source>not an SQLite connection</source>
        <translation>no es una conexión SQLite</translation>
    </message>
</context>
<context>
    <name>trato::StockLedger</name>
    <message>
        <source>Main warehouse</source>
        <translation>Almacén principal</translation>
    </message>
    <message>
        <source>There is no warehouse with the id %1.</source>
        <translation>No hay ningún almacén con el id %1.</translation>
    </message>
    <message>
        <source>There is no stock movement to post.</source>
        <translation>No hay ningún movimiento de existencias que registrar.</translation>
    </message>
    <message>
        <source>Movement %1: </source>
        <translation>Movimiento %1: </translation>
    </message>
    <message>
        <source>There is no product with the id %1.</source>
        <translation>No hay ningún producto con el id %1.</translation>
    </message>
    <message>
        <source>Unknown kind of stock movement &quot;%1&quot;.</source>
        <translation>Tipo de movimiento de existencias desconocido: «%1».</translation>
    </message>
    <message>
        <source>A stock movement of %1 needs a quantity other than zero.</source>
        <translation>Un movimiento de existencias de %1 necesita una cantidad distinta de cero.</translation>
    </message>
    <message>
        <source>A %1 adds stock: its quantity must be positive.</source>
        <translation>Un movimiento de tipo %1 añade existencias: su cantidad debe ser positiva.</translation>
    </message>
    <message>
        <source>A %1 takes stock out: its quantity must be negative.</source>
        <translation>Un movimiento de tipo %1 retira existencias: su cantidad debe ser negativa.</translation>
    </message>
    <message>
        <source>An adjustment of %1 needs a reason.</source>
        <translation>Un ajuste de %1 necesita un motivo.</translation>
    </message>
    <message>
        <source>A unit cost cannot be negative.</source>
        <translation>Un coste unitario no puede ser negativo.</translation>
    </message>
    <message>
        <source>There is no warehouse &quot;%1&quot;.</source>
        <translation>No hay ningún almacén &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>An adjustment needs a reason (what was counted, broken or found).</source>
        <translation>Un ajuste necesita un motivo (qué se contó, se rompió o se encontró).</translation>
    </message>
    <message>
        <source>%1: adjusting by %2 would leave %3 in %4, which has only %5.</source>
        <translation>%1: ajustar en %2 dejaría %3 en %4, que solo tiene %5.</translation>
    </message>
    <message>
        <source>A transfer needs a positive quantity.</source>
        <translation>Un traspaso necesita una cantidad positiva.</translation>
    </message>
    <message>
        <source>A transfer needs two different warehouses (both are %1).</source>
        <translation>Un traspaso necesita dos almacenes distintos (ambos son %1).</translation>
    </message>
    <message>
        <source>%1: cannot transfer %2 from %3, which has only %4.</source>
        <translation>%1: no se puede traspasar %2 desde %3, que solo tiene %4.</translation>
    </message>
    <message>
        <source>A return needs a positive quantity.</source>
        <translation>Una devolución necesita una cantidad positiva.</translation>
    </message>
    <message>
        <source>A return needs a reason.</source>
        <translation>Una devolución necesita un motivo.</translation>
    </message>
    <message>
        <source>A shipment needs a positive quantity.</source>
        <translation>Un envío necesita una cantidad positiva.</translation>
    </message>
    <message>
        <source>%1: shipping %2 from %3, which has only %4.</source>
        <translation>%1: se envían %2 desde %3, que solo tiene %4.</translation>
    </message>
    <message>
        <source>Selling beyond stock is blocked (team setting).</source>
        <translation>La venta por encima de las existencias está bloqueada (configuración del equipo).</translation>
    </message>
    <message>
        <source>Every line needs a positive quantity.</source>
        <translation>Cada línea necesita una cantidad positiva.</translation>
    </message>
    <message>
        <source>%1: %2 requested, %3 available in %4.</source>
        <translation>%1: %2 solicitados, %3 disponibles en %4.</translation>
    </message>
    <message>
        <source>any warehouse</source>
        <translation>cualquier almacén</translation>
    </message>
    <message>
        <source>A reservation needs the document it is for.</source>
        <translation>Una reserva necesita el documento al que corresponde.</translation>
    </message>
    <message>
        <source>%1: a reservation needs a positive quantity.</source>
        <translation>%1: una reserva necesita una cantidad positiva.</translation>
    </message>
</context>
<context>
    <name>trato::StockMoveDialog</name>
    <message>
        <source>Adjust stock</source>
        <translation>Ajustar existencias</translation>
    </message>
    <message>
        <source>Transfer stock</source>
        <translation>Traspasar existencias</translation>
    </message>
    <message>
        <source>&amp;Warehouse:</source>
        <translation>&amp;Almacén:</translation>
    </message>
    <message>
        <source>e.g. -2 to take two out, 5 to add five</source>
        <translation>p. ej. -2 para retirar dos, 5 para añadir cinco</translation>
    </message>
    <message>
        <source>&amp;Quantity (+/−):</source>
        <translation>&amp;Cantidad (+/−):</translation>
    </message>
    <message>
        <source>Required: what was counted, broken or found</source>
        <translation>Obligatorio: qué se contó, se rompió o se encontró</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Cantidad:</translation>
    </message>
    <message>
        <source>Adjust</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Traspasar</translation>
    </message>
    <message>
        <source>Enter a quantity, for example %1.</source>
        <translation>Introduzca una cantidad, por ejemplo %1.</translation>
    </message>
</context>
<context>
    <name>trato::StockReportPage</name>
    <message>
        <source>Stock report</source>
        <translation>Informe de existencias</translation>
    </message>
    <message>
        <source>&amp;Active products only</source>
        <translation>Solo productos &amp;activos</translation>
    </message>
    <message>
        <source>One row per &amp;warehouse</source>
        <translation>Una fila por al&amp;macén</translation>
    </message>
    <message>
        <source>Ware&amp;house:</source>
        <translation>A&amp;lmacén:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Categoría:</translation>
    </message>
    <message>
        <source>Movements</source>
        <translation>Movimientos</translation>
    </message>
    <message>
        <source>SKU or id</source>
        <translation>SKU o id</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Producto:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>D&amp;esde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>Slow movers</source>
        <translation>Baja rotación</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>No shipment in the last:</source>
        <translation>Sin envíos en los últimos:</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>E&amp;jecutar</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Vista previa…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Exportar P&amp;DF…</translation>
    </message>
    <message>
        <source>Export C&amp;SV…</source>
        <translation>Exportar C&amp;SV…</translation>
    </message>
    <message>
        <source>All warehouses</source>
        <translation>Todos los almacenes</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>Running the report…</source>
        <translation>Generando el informe…</translation>
    </message>
    <message>
        <source>Type a product&apos;s SKU and press Run.</source>
        <translation>Escriba el SKU de un producto y pulse Ejecutar.</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Se ha guardado %1</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>The CSV file %1 could not be written: %2</source>
        <translation>No se ha podido escribir el archivo CSV %1: %2</translation>
    </message>
</context>
<context>
    <name>trato::StockReports</name>
    <message>
        <source>Receipt</source>
        <translation>Recepción</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Envío</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Devolución</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>Transfer out</source>
        <translation>Traspaso de salida</translation>
    </message>
    <message>
        <source>Transfer in</source>
        <translation>Traspaso de entrada</translation>
    </message>
    <message>
        <source>There is no product category &quot;%1&quot;.</source>
        <translation>No hay ninguna categoría de producto «%1».</translation>
    </message>
    <message>
        <source>There is no warehouse &quot;%1&quot;.</source>
        <translation>No hay ningún almacén «%1».</translation>
    </message>
    <message>
        <source>The period starts (%1) after it ends (%2).</source>
        <translation>El periodo empieza (%1) después de su fin (%2).</translation>
    </message>
    <message>
        <source>There is no product with the id or SKU &quot;%1&quot;.</source>
        <translation>No hay ningún producto con el id o SKU «%1».</translation>
    </message>
    <message>
        <source>The number of days must be between 1 and 36500 (was %1).</source>
        <translation>El número de días debe estar entre 1 y 36500 (era %1).</translation>
    </message>
    <message>
        <source>The shipped quantity threshold cannot be negative.</source>
        <translation>El umbral de cantidad enviada no puede ser negativo.</translation>
    </message>
    <message>
        <source>Stock on hand and valuation</source>
        <translation>Existencias y valoración</translation>
    </message>
    <message>
        <source>All warehouses, one row each</source>
        <translation>Todos los almacenes, una fila por almacén</translation>
    </message>
    <message>
        <source>All warehouses</source>
        <translation>Todos los almacenes</translation>
    </message>
    <message>
        <source>Warehouse: %1</source>
        <translation>Almacén: %1</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Categoría: %1</translation>
    </message>
    <message>
        <source>Active products only</source>
        <translation>Solo productos activos</translation>
    </message>
    <message>
        <source>Active and inactive products</source>
        <translation>Productos activos e inactivos</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Almacén</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>En existencias</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reservado</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Average cost</source>
        <translation>Coste medio</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Reorder</source>
        <translation>Reposición</translation>
    </message>
    <message>
        <source>Below level</source>
        <translation>Bajo el nivel</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n producto</numerusform>
            <numerusform>%n productos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n below</source>
        <translation>
            <numerusform>%n bajo el nivel</numerusform>
            <numerusform>%n bajo el nivel</numerusform>
        </translation>
    </message>
    <message>
        <source>Movements of %1 %2</source>
        <translation>Movimientos de %1 %2</translation>
    </message>
    <message>
        <source>From %1 to %2 · Unit: %3</source>
        <translation>Del %1 al %2 · Unidad: %3</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Coste unitario</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>Saldo inicial</translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation>Saldo final</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>Entradas %1</translation>
    </message>
    <message>
        <source>Out %1</source>
        <translation>Salidas %1</translation>
    </message>
    <message>
        <source>Slow movers</source>
        <translation>Baja rotación</translation>
    </message>
    <message numerus="yes">
        <source>No shipment in the last %n day(s)</source>
        <translation>
            <numerusform>Sin envíos en el último %n día</numerusform>
            <numerusform>Sin envíos en los últimos %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %1 shipped in the last %n day(s)</source>
        <translation>
            <numerusform>Como máximo %1 enviados en el último %n día</numerusform>
            <numerusform>Como máximo %1 enviados en los últimos %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Last shipment</source>
        <translation>Último envío</translation>
    </message>
    <message>
        <source>Days since</source>
        <translation>Días desde</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
</context>
<context>
    <name>trato::SupervisorStats</name>
    <message>
        <source>The period needs a valid start and end.</source>
        <translation>El periodo necesita un inicio y un final válidos.</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>El periodo termina (%1) antes de empezar (%2).</translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation>(sin asignar)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>trato::SupportKpis</name>
    <message>
        <source>The period needs a first and a last day</source>
        <translation>El periodo necesita un primer y un último día</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2)</source>
        <translation>El periodo termina (%1) antes de empezar (%2)</translation>
    </message>
    <message>
        <source>The period is longer than ten years</source>
        <translation>El periodo dura más de diez años</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation>(sin asignar)</translation>
    </message>
    <message>
        <source>Support KPIs</source>
        <translation>KPI de atención al cliente</translation>
    </message>
    <message>
        <source>%1 to %2 · by %3</source>
        <translation>%1 a %2 · por %3</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>agente</translation>
    </message>
    <message>
        <source>week</source>
        <translation>semana</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mes</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abiertas</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resueltas</translation>
    </message>
    <message>
        <source>Backlog at end</source>
        <translation>Pendientes al final</translation>
    </message>
    <message>
        <source>First response avg (h)</source>
        <translation>Primera respuesta media (h)</translation>
    </message>
    <message>
        <source>First response median (h)</source>
        <translation>Primera respuesta mediana (h)</translation>
    </message>
    <message>
        <source>Resolution avg (h)</source>
        <translation>Resolución media (h)</translation>
    </message>
    <message>
        <source>Resolution median (h)</source>
        <translation>Resolución mediana (h)</translation>
    </message>
    <message>
        <source>Reopen rate (%)</source>
        <translation>Tasa de reapertura (%)</translation>
    </message>
    <message>
        <source>SLA met</source>
        <translation>SLA cumplidos</translation>
    </message>
    <message>
        <source>SLA due</source>
        <translation>SLA vencidos</translation>
    </message>
    <message>
        <source>SLA compliance (%)</source>
        <translation>Cumplimiento de SLA (%)</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>Incumplimientos</translation>
    </message>
</context>
<context>
    <name>trato::SupportQueues</name>
    <message>
        <source>Assigned to me</source>
        <translation>Asignadas a mí</translation>
    </message>
    <message>
        <source>My team</source>
        <translation>Mi equipo</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencidas</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
</context>
<context>
    <name>trato::SyncConflicts</name>
    <message>
        <source>There is no conflict %1</source>
        <translation>No existe el conflicto %1</translation>
    </message>
    <message>
        <source>Conflict %1 was already resolved (%2)</source>
        <translation>El conflicto %1 ya estaba resuelto (%2)</translation>
    </message>
    <message>
        <source>The server refused this change: user %1 may not change this record. Ask a manager, or keep the server&apos;s value</source>
        <translation>El servidor ha rechazado este cambio: el usuario %1 no puede modificar este registro. Pídalo a un responsable o conserve el valor del servidor</translation>
    </message>
    <message>
        <source>This Trato does not know records of type &quot;%1&quot;</source>
        <translation>Este Trato no conoce registros de tipo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The record is no longer here (it was deleted for good or is no longer shared with you): the value cannot be restored</source>
        <translation>El registro ya no está aquí (se eliminó definitivamente o ya no se comparte con usted): no se puede restaurar el valor</translation>
    </message>
    <message>
        <source>A whole record cannot be restored from here</source>
        <translation>Desde aquí no se puede restaurar un registro completo</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; does not exist here</source>
        <translation>El campo &quot;%1&quot; no existe aquí</translation>
    </message>
</context>
<context>
    <name>trato::SyncController</name>
    <message>
        <source>The password of %1 is needed: use Sync now to type it</source>
        <translation>Se necesita la contraseña de %1: use Sincronizar ahora para escribirla</translation>
    </message>
    <message>
        <source>Team sync</source>
        <translation>Sincronización del equipo</translation>
    </message>
    <message>
        <source>Sending your changes to the team server…</source>
        <translation>Enviando sus cambios al servidor del equipo…</translation>
    </message>
    <message>
        <source>Close &amp;without syncing</source>
        <translation>Cerrar &amp;sin sincronizar</translation>
    </message>
</context>
<context>
    <name>trato::SyncEngine</name>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>The team server refused changes stamped by a clock that is ahead of its own: this computer&apos;s date and time are (or were when you made them) wrong. Correct the clock; your changes are kept and are sent once the server&apos;s time reaches theirs.</source>
        <translation>El servidor del equipo ha rechazado cambios con una marca de tiempo de un reloj adelantado respecto al suyo: la fecha y la hora de este ordenador son (o eran cuando los hizo) incorrectas. Corrija el reloj; sus cambios se conservan y se enviarán cuando la hora del servidor alcance la de ellos.</translation>
    </message>
    <message>
        <source>User %1 may not do this on the team server: %2</source>
        <translation>El usuario %1 no puede hacer esto en el servidor del equipo: %2</translation>
    </message>
    <message>
        <source>%1 is not a Trato team server: an administrator must run `trato-cli server init` on it first</source>
        <translation>%1 no es un servidor del equipo de Trato: un administrador debe ejecutar antes `trato-cli server init` en él</translation>
    </message>
    <message>
        <source>The team server was upgraded (schema version %1) and this Trato only knows up to %2: update Trato.</source>
        <translation>El servidor del equipo se ha actualizado (versión de esquema %1) y este Trato solo conoce hasta la %2: actualice Trato.</translation>
    </message>
    <message>
        <source>The team server has an older schema (version %1; this Trato needs %2): an administrator must run `trato-cli server init` on it.</source>
        <translation>El servidor del equipo tiene un esquema más antiguo (versión %1; este Trato necesita la %2): un administrador debe ejecutar `trato-cli server init` en él.</translation>
    </message>
    <message>
        <source>User %1 is not a member of the team server %2 (or was removed).</source>
        <translation>El usuario %1 no es miembro del servidor del equipo %2 (o se le ha quitado).</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 ahead of the team server&apos;s. Correct the date and time, then sync again; your changes are kept.</source>
        <translation>El reloj de este ordenador va %1 por delante del servidor del equipo. Corrija la fecha y la hora y vuelva a sincronizar; sus cambios se conservan.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 behind the team server&apos;s: changes made here can lose against others made at the same time. Correct the date and time.</source>
        <translation>El reloj de este ordenador va %1 por detrás del servidor del equipo: los cambios hechos aquí pueden perder frente a otros hechos al mismo tiempo. Corrija la fecha y la hora.</translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock was ahead earlier: %n change(s) made then now carry the current time.</source>
        <translation>
            <numerusform>El reloj de este ordenador iba adelantado: %n cambio hecho entonces lleva ahora la hora actual.</numerusform>
            <numerusform>El reloj de este ordenador iba adelantado: %n cambios hechos entonces llevan ahora la hora actual.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync cancelled; nothing was lost</source>
        <translation>Sincronización cancelada; no se ha perdido nada</translation>
    </message>
    <message>
        <source>The team server needs a host, a database and a user</source>
        <translation>El servidor del equipo necesita un servidor (host), una base de datos y un usuario</translation>
    </message>
</context>
<context>
    <name>trato::SyncStatusWidget</name>
    <message>
        <source>Syncing… connecting</source>
        <translation>Sincronizando… conectando</translation>
    </message>
    <message>
        <source>Syncing… uploading %1 of %2</source>
        <translation>Sincronizando… subiendo %1 de %2</translation>
    </message>
    <message>
        <source>Syncing… uploading</source>
        <translation>Sincronizando… subiendo</translation>
    </message>
    <message>
        <source>Syncing… sending %1 of %2</source>
        <translation>Sincronizando… enviando %1 de %2</translation>
    </message>
    <message>
        <source>Syncing… sending</source>
        <translation>Sincronizando… enviando</translation>
    </message>
    <message>
        <source>Syncing… received %1</source>
        <translation>Sincronizando… recibidos %1</translation>
    </message>
    <message>
        <source>Syncing… receiving</source>
        <translation>Sincronizando… recibiendo</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Team sync status</source>
        <translation>Estado de la sincronización del equipo</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Sincronizar &amp;ahora</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflictos…</translation>
    </message>
    <message>
        <source>&amp;Team server settings…</source>
        <translation>Configuración del servidor del &amp;equipo…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Not synced</source>
        <translation>Sin sincronizar</translation>
    </message>
    <message>
        <source>Offline — 1 change kept for the next sync</source>
        <translation>Sin conexión — 1 cambio guardado para la próxima sincronización</translation>
    </message>
    <message>
        <source>Not synced — 1 change kept for the next sync</source>
        <translation>Sin sincronizar — 1 cambio guardado para la próxima sincronización</translation>
    </message>
    <message>
        <source>Offline — %1 changes kept for the next sync</source>
        <translation>Sin conexión — %1 cambios guardados para la próxima sincronización</translation>
    </message>
    <message>
        <source>Not synced — %1 changes kept for the next sync</source>
        <translation>Sin sincronizar — %1 cambios guardados para la próxima sincronización</translation>
    </message>
    <message>
        <source>↻ %1 pending</source>
        <translation>↻ %1 pendientes</translation>
    </message>
    <message>
        <source>synced %1</source>
        <translation>sincronizado %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Aún sin sincronizar</translation>
    </message>
    <message>
        <source>1 conflict</source>
        <translation>1 conflicto</translation>
    </message>
    <message>
        <source>%1 conflicts</source>
        <translation>%1 conflictos</translation>
    </message>
    <message>
        <source>Team server: %1</source>
        <translation>Servidor del equipo: %1</translation>
    </message>
    <message>
        <source>Records received but not applied here: %1</source>
        <translation>Registros recibidos pero no aplicados aquí: %1</translation>
    </message>
</context>
<context>
    <name>trato::TablePrinter</name>
    <message>
        <source>Date: %1</source>
        <translation>Fecha: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>The PDF %1 was not written (cancelled, or the file cannot be written).</source>
        <translation>No se ha escrito el PDF %1 (se ha cancelado o no se puede escribir el archivo).</translation>
    </message>
    <message>
        <source>Say where to write the PDF.</source>
        <translation>Indique dónde guardar el PDF.</translation>
    </message>
    <message>
        <source>Cannot write the PDF %1: it is a folder.</source>
        <translation>No se puede escribir el PDF %1: es una carpeta.</translation>
    </message>
    <message>
        <source>Cannot write the PDF %1: the folder %2 does not exist.</source>
        <translation>No se puede escribir el PDF %1: la carpeta %2 no existe.</translation>
    </message>
    <message>
        <source>Cannot write the PDF %1: %2</source>
        <translation>No se puede escribir el PDF %1: %2</translation>
    </message>
    <message>
        <source>There is no entity &quot;%1&quot;.</source>
        <translation>No existe la entidad &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>trato::TagStore</name>
    <message>
        <source>unknown entity &quot;%1&quot;</source>
        <translation>entidad desconocida «%1»</translation>
    </message>
    <message>
        <source>%1 records have no tags field</source>
        <translation>los registros de %1 no tienen campo de etiquetas</translation>
    </message>
    <message>
        <source>No tag given.</source>
        <translation>No se ha indicado ninguna etiqueta.</translation>
    </message>
</context>
<context>
    <name>trato::TagsEditor</name>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Etiquetas, separadas por comas</translation>
    </message>
</context>
<context>
    <name>trato::TaxId</name>
    <message>
        <source>a Spanish NIF, NIE or CIF has 9 characters</source>
        <translation>un NIF, NIE o CIF español tiene 9 caracteres</translation>
    </message>
    <message>
        <source>a NIF has 8 digits and a letter</source>
        <translation>un NIF tiene 8 cifras y una letra</translation>
    </message>
    <message>
        <source>the NIF&apos;s control letter does not match its number</source>
        <translation>la letra de control del NIF no corresponde a su número</translation>
    </message>
    <message>
        <source>a NIE is X, Y or Z, 7 digits and a letter</source>
        <translation>un NIE es X, Y o Z, 7 cifras y una letra</translation>
    </message>
    <message>
        <source>the NIE&apos;s control letter does not match its number</source>
        <translation>la letra de control del NIE no corresponde a su número</translation>
    </message>
    <message>
        <source>this NIF is K, L or M, 7 digits and a letter</source>
        <translation>este NIF es K, L o M, 7 cifras y una letra</translation>
    </message>
    <message>
        <source>it does not start like a Spanish NIF, NIE or CIF</source>
        <translation>no empieza como un NIF, NIE o CIF español</translation>
    </message>
    <message>
        <source>a CIF is a letter, 7 digits and a control digit or letter</source>
        <translation>un CIF es una letra, 7 cifras y un dígito o letra de control</translation>
    </message>
    <message>
        <source>the CIF&apos;s control character does not match</source>
        <translation>el carácter de control del CIF no corresponde</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>a tax id has only letters and digits</source>
        <translation>un identificador fiscal solo tiene letras y cifras</translation>
    </message>
    <message>
        <source>it is neither a Spanish NIF, NIE or CIF nor a VAT id with a country prefix (DE123456789)</source>
        <translation>no es un NIF, NIE o CIF español ni un número de IVA con prefijo de país (DE123456789)</translation>
    </message>
</context>
<context>
    <name>trato::TaxRates</name>
    <message>
        <source>VAT standard</source>
        <translation>IVA general</translation>
    </message>
    <message>
        <source>VAT reduced</source>
        <translation>IVA reducido</translation>
    </message>
    <message>
        <source>VAT super-reduced</source>
        <translation>IVA superreducido</translation>
    </message>
    <message>
        <source>VAT exempt</source>
        <translation>Exento de IVA</translation>
    </message>
    <message>
        <source>There is no active tax rate for the tax class &quot;%1&quot;.</source>
        <translation>No existe ningún tipo impositivo activo para el tipo de IVA &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>trato::TeamSection</name>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Calls made</source>
        <translation>Llamadas realizadas</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Localizados</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <source>Tasks done</source>
        <translation>Tareas hechas</translation>
    </message>
    <message>
        <source>Overdue now</source>
        <translation>Atrasadas ahora</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Each user&apos;s activity counts</source>
        <translation>Recuento de actividades de cada usuario</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
</context>
<context>
    <name>trato::TeamServerPage</name>
    <message>
        <source>&amp;Remember the password on this computer</source>
        <translation>&amp;Recordar la contraseña en este ordenador</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Pro&amp;bar conexión</translation>
    </message>
    <message>
        <source>&amp;Join / Save</source>
        <translation>U&amp;nirse / Guardar</translation>
    </message>
    <message>
        <source>&amp;Forget this server</source>
        <translation>&amp;Olvidar este servidor</translation>
    </message>
    <message>
        <source>Server host</source>
        <translation>Servidor (host)</translation>
    </message>
    <message>
        <source>crm.example.com</source>
        <translation>crm.example.com</translation>
    </message>
    <message>
        <source>Server port</source>
        <translation>Puerto del servidor</translation>
    </message>
    <message>
        <source>Server database</source>
        <translation>Base de datos del servidor</translation>
    </message>
    <message>
        <source>User on the server</source>
        <translation>Usuario en el servidor</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Cifrado</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Sync every</source>
        <translation>Sincronizar cada</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <source>Only on demand, at start and at exit</source>
        <translation>Solo a petición, al iniciar y al salir</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>With a team server, everyone in the team shares one customer base, and this computer keeps working when it is offline. Ask whoever runs the server for these details.</source>
        <translation>Con un servidor del equipo, todo el equipo comparte una misma base de clientes, y este ordenador sigue funcionando cuando no tiene conexión. Pida estos datos a quien administre el servidor.</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>Ser&amp;vidor:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>Base de &amp;datos:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Cifrado:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Contr&amp;aseña:</translation>
    </message>
    <message>
        <source>&amp;Sync every:</source>
        <translation>&amp;Sincronizar cada:</translation>
    </message>
    <message>
        <source>Saved, but the first sync failed: %1</source>
        <translation>Guardado, pero la primera sincronización ha fallado: %1</translation>
    </message>
    <message>
        <source>Synced with the team server: %1 changes sent, %2 records received.</source>
        <translation>Sincronizado con el servidor del equipo: %1 cambios enviados, %2 registros recibidos.</translation>
    </message>
    <message>
        <source>Never encrypt (disable)</source>
        <translation>No cifrar nunca (disable)</translation>
    </message>
    <message>
        <source>Encrypt only if the server insists (allow)</source>
        <translation>Cifrar solo si el servidor lo exige (allow)</translation>
    </message>
    <message>
        <source>Encrypt when the server can (prefer)</source>
        <translation>Cifrar cuando el servidor lo admita (prefer)</translation>
    </message>
    <message>
        <source>Always encrypt, trust any certificate (require)</source>
        <translation>Cifrar siempre, aceptar cualquier certificado (require)</translation>
    </message>
    <message>
        <source>Always encrypt, check the certificate (verify-ca)</source>
        <translation>Cifrar siempre, comprobar el certificado (verify-ca)</translation>
    </message>
    <message>
        <source>Always encrypt, check the certificate and the name (verify-full)</source>
        <translation>Cifrar siempre, comprobar el certificado y el nombre (verify-full)</translation>
    </message>
    <message>
        <source>Leave empty to keep the password Trato has</source>
        <translation>Déjelo vacío para conservar la contraseña que tiene Trato</translation>
    </message>
    <message>
        <source>This computer syncs with &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Este ordenador se sincroniza con &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>This computer does not sync with a team server.</source>
        <translation>Este ordenador no se sincroniza con ningún servidor del equipo.</translation>
    </message>
    <message>
        <source>Write the server&apos;s name or address.</source>
        <translation>Escriba el nombre o la dirección del servidor.</translation>
    </message>
    <message>
        <source>Write only the server&apos;s name or address (like crm.example.com), without user or postgresql://.</source>
        <translation>Escriba solo el nombre o la dirección del servidor (como crm.example.com), sin usuario ni postgresql://.</translation>
    </message>
    <message>
        <source>A server name has no spaces.</source>
        <translation>Un nombre de servidor no tiene espacios.</translation>
    </message>
    <message>
        <source>Write the name of the database on the server (often &quot;trato&quot;).</source>
        <translation>Escriba el nombre de la base de datos del servidor (a menudo &quot;trato&quot;).</translation>
    </message>
    <message>
        <source>Write your user name on the team server.</source>
        <translation>Escriba su nombre de usuario en el servidor del equipo.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>No password: the connection was not tried.</source>
        <translation>Sin contraseña: no se ha intentado la conexión.</translation>
    </message>
    <message>
        <source>Connected as %1 (%2, team %3)</source>
        <translation>Conectado como %1 (%2, equipo %3)</translation>
    </message>
    <message>
        <source>Connected as %1 (%2)</source>
        <translation>Conectado como %1 (%2)</translation>
    </message>
    <message>
        <source>Connected as %1</source>
        <translation>Conectado como %1</translation>
    </message>
    <message>
        <source>Counting the records of this database…</source>
        <translation>Contando los registros de esta base de datos…</translation>
    </message>
    <message>
        <source>Your %1 records will be sent to the team server %2, and you will receive the team&apos;s records.</source>
        <translation>Sus %1 registros se enviarán al servidor del equipo %2 y recibirá los registros del equipo.</translation>
    </message>
    <message>
        <source>This database has no records yet: it will receive the team&apos;s records from %1.</source>
        <translation>Esta base de datos aún no tiene registros: recibirá los registros del equipo desde %1.</translation>
    </message>
    <message>
        <source>Join the team server</source>
        <translation>Unirse al servidor del equipo</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Unirse</translation>
    </message>
    <message>
        <source>Saved. The first sync starts from Trato&apos;s main window.</source>
        <translation>Guardado. La primera sincronización empieza desde la ventana principal de Trato.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Saved. Sending your records to the team server…</source>
        <translation>Guardado. Enviando sus registros al servidor del equipo…</translation>
    </message>
    <message>
        <source>Saved. Syncing…</source>
        <translation>Guardado. Sincronizando…</translation>
    </message>
    <message>
        <source>Forget this server</source>
        <translation>Olvidar este servidor</translation>
    </message>
    <message>
        <source>This computer will stop syncing with %1. Your data stays here, and changes not sent yet stay waiting in case you join again.</source>
        <translation>Este ordenador dejará de sincronizarse con %1. Sus datos se quedan aquí, y los cambios aún no enviados quedan a la espera por si vuelve a unirse.</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Olvidar</translation>
    </message>
    <message>
        <source>This computer no longer syncs with %1.</source>
        <translation>Este ordenador ya no se sincroniza con %1.</translation>
    </message>
</context>
<context>
    <name>trato::TeamSettings</name>
    <message>
        <source>A setting needs a name.</source>
        <translation>Un ajuste necesita un nombre.</translation>
    </message>
    <message>
        <source>Could not save the setting %1: %2</source>
        <translation>No se ha podido guardar el ajuste %1: %2</translation>
    </message>
    <message>
        <source>Could not reset the setting %1: %2</source>
        <translation>No se ha podido restablecer el ajuste %1: %2</translation>
    </message>
</context>
<context>
    <name>trato::TelemarketingPage</name>
    <message>
        <source>Telemarketing</source>
        <translation>Telemarketing</translation>
    </message>
    <message>
        <source>Call list</source>
        <translation>Lista de llamadas</translation>
    </message>
    <message>
        <source>Call &amp;list:</source>
        <translation>&amp;Lista de llamadas:</translation>
    </message>
    <message>
        <source>New call list…</source>
        <translation>Nueva lista de llamadas…</translation>
    </message>
    <message>
        <source>Now calling</source>
        <translation>Llamando ahora</translation>
    </message>
    <message>
        <source>Open record</source>
        <translation>Abrir registro</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Take this person out of the list without calling</source>
        <translation>Sacar a esta persona de la lista sin llamarla</translation>
    </message>
    <message>
        <source>Call time</source>
        <translation>Duración de la llamada</translation>
    </message>
    <message>
        <source>Stop timer</source>
        <translation>Parar cronómetro</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Empresa:</translation>
    </message>
    <message>
        <source>Best time to call:</source>
        <translation>Mejor hora para llamar:</translation>
    </message>
    <message>
        <source>Last outcome:</source>
        <translation>Último resultado:</translation>
    </message>
    <message>
        <source>Attempts:</source>
        <translation>Intentos:</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Guion</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Notes on the call</source>
        <translation>Notas de la llamada</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Ocupado</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Número equivocado</translation>
    </message>
    <message>
        <source>Call back at…</source>
        <translation>Volver a llamar el…</translation>
    </message>
    <message>
        <source>Interested</source>
        <translation>Interesado</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>No interesado</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Venta</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No call list yet: create one with New call list…</source>
        <translation>Aún no hay ninguna lista de llamadas: cree una con Nueva lista de llamadas…</translation>
    </message>
    <message>
        <source>Nobody left to call in this list right now.</source>
        <translation>Ahora mismo no queda nadie por llamar en esta lista.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>not called yet</source>
        <translation>aún sin llamar</translation>
    </message>
    <message>
        <source> (call back %1)</source>
        <translation> (volver a llamar %1)</translation>
    </message>
    <message>
        <source>This list has no script.</source>
        <translation>Esta lista no tiene guion.</translation>
    </message>
    <message>
        <source>Not merge fields, left as written: %1</source>
        <translation>No son campos de combinación; se dejan tal cual: %1</translation>
    </message>
    <message>
        <source>Start timer</source>
        <translation>Iniciar cronómetro</translation>
    </message>
    <message>
        <source>Call back at</source>
        <translation>Volver a llamar el</translation>
    </message>
    <message>
        <source>Call %1 back at:</source>
        <translation>Volver a llamar a %1 el:</translation>
    </message>
    <message>
        <source>Log call</source>
        <translation>Registrar llamada</translation>
    </message>
    <message>
        <source>%1 / %2 done · %3 to call · %4 call-backs</source>
        <translation>%1 / %2 hechas · %3 por llamar · %4 por volver a llamar</translation>
    </message>
    <message>
        <source> · %1 skipped</source>
        <translation> · %1 omitidas</translation>
    </message>
    <message>
        <source>Building the call list “%1”…</source>
        <translation>Creando la lista de llamadas «%1»…</translation>
    </message>
    <message>
        <source>The call list “%1” was not created: %2</source>
        <translation>No se ha creado la lista de llamadas «%1»: %2</translation>
    </message>
    <message>
        <source>“%1”: %2 to call. Left out: %3 without a phone, %4 do-not-call, %5 already in the list, %6 not people.</source>
        <translation>«%1»: %2 por llamar. Excluidos: %3 sin teléfono, %4 con «No llamar», %5 ya en la lista, %6 que no son personas.</translation>
    </message>
</context>
<context>
    <name>trato::TelephonyPage</name>
    <message>
        <source>&amp;Listen for incoming calls from a PBX or softphone</source>
        <translation>&amp;Escuchar llamadas entrantes de una centralita o softphone</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Probar</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>This computer only (127.0.0.1 and ::1)</source>
        <translation>Solo este ordenador (127.0.0.1 y ::1)</translation>
    </message>
    <message>
        <source>Bind address</source>
        <translation>Dirección de escucha</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Shared token</source>
        <translation>Token compartido</translation>
    </message>
    <message>
        <source>Test number</source>
        <translation>Número de prueba</translation>
    </message>
    <message>
        <source>When a call comes in, your PBX or softphone tells Trato the number (an HTTP request to http://127.0.0.1:PORT/call?number=… or one line of text over TCP) and Trato shows who is calling and starts the call log. See docs/TELEPHONY.md for Asterisk, FreePBX and softphones.</source>
        <translation>Cuando entra una llamada, su centralita o softphone comunica el número a Trato (una petición HTTP a http://127.0.0.1:PORT/call?number=… o una línea de texto por TCP) y Trato muestra quién llama e inicia el registro de llamadas. Consulte docs/TELEPHONY.md para Asterisk, FreePBX y softphones.</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>P&amp;uerto:</translation>
    </message>
    <message>
        <source>&amp;Bind address:</source>
        <translation>&amp;Dirección de escucha:</translation>
    </message>
    <message>
        <source>Shared &amp;token:</source>
        <translation>&amp;Token compartido:</translation>
    </message>
    <message>
        <source>Test &amp;number:</source>
        <translation>&amp;Número de prueba:</translation>
    </message>
    <message>
        <source>Not listening for calls.</source>
        <translation>No se están escuchando llamadas.</translation>
    </message>
    <message>
        <source>Other computers can reach Trato at %1: anyone on that network can make caller windows pop up and read the name behind a number. Allow only your PBX in the firewall.</source>
        <translation>Otros ordenadores pueden acceder a Trato en %1: cualquiera en esa red puede hacer que aparezcan ventanas de llamada y leer el nombre que hay detrás de un número. Permita solo su centralita en el cortafuegos.</translation>
    </message>
    <message>
        <source>Set a shared token too.</source>
        <translation>Configure también un token compartido.</translation>
    </message>
    <message>
        <source>Telephony</source>
        <translation>Telefonía</translation>
    </message>
    <message>
        <source>Test call</source>
        <translation>Llamada de prueba</translation>
    </message>
    <message>
        <source>Caller windows are shown by the main window; open Settings from there.</source>
        <translation>La ventana principal es la que muestra las ventanas de llamada; abra la Configuración desde allí.</translation>
    </message>
</context>
<context>
    <name>trato::TicketArticlesTab</name>
    <message>
        <source>Articles</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Suggested article</source>
        <translation>Artículo sugerido</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Helped</source>
        <translation>Ha ayudado</translation>
    </message>
    <message>
        <source>Linked article</source>
        <translation>Artículo vinculado</translation>
    </message>
    <message>
        <source>Helped this ticket</source>
        <translation>Ha ayudado en esta incidencia</translation>
    </message>
    <message>
        <source>Insert into reply</source>
        <translation>Insertar en la respuesta</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Vincular</translation>
    </message>
    <message>
        <source>Suggested from the subject (select one in either list to insert it):</source>
        <translation>Sugeridos a partir del asunto (seleccione uno en cualquiera de las listas para insertarlo):</translation>
    </message>
    <message>
        <source>Select an article first.</source>
        <translation>Seleccione primero un artículo.</translation>
    </message>
    <message>
        <source>The article was added to the conversation as a reply.</source>
        <translation>El artículo se ha añadido a la conversación como respuesta.</translation>
    </message>
</context>
<context>
    <name>trato::TicketAssignDialog</name>
    <message>
        <source>Assign ticket</source>
        <translation>Asignar incidencia</translation>
    </message>
    <message>
        <source>Assigned to:</source>
        <translation>Asignada a:</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Equipo:</translation>
    </message>
    <message>
        <source>Nobody (the Unassigned queue)</source>
        <translation>Nadie (la cola Sin asignar)</translation>
    </message>
    <message>
        <source>Assign to &amp;me</source>
        <translation>Asignar a &amp;mí</translation>
    </message>
</context>
<context>
    <name>trato::TicketConversationTab</name>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>Asignar…</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Resolver…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <source>Write a reply to the customer or an internal note…</source>
        <translation>Escriba una respuesta al cliente o una nota interna…</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>Adjuntar archivos…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Replies are logged here, not sent: email comes later.</source>
        <translation>Las respuestas se registran aquí, no se envían: el correo electrónico llegará más adelante.</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Nota interna</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Save the ticket to start its conversation.</source>
        <translation>Guarde la incidencia para iniciar su conversación.</translation>
    </message>
    <message>
        <source>No messages yet.</source>
        <translation>Aún no hay mensajes.</translation>
    </message>
    <message>
        <source>From the customer</source>
        <translation>Del cliente</translation>
    </message>
    <message>
        <source>Reply (logged, not sent)</source>
        <translation>Respuesta (registrada, no enviada)</translation>
    </message>
    <message>
        <source>Attachment:</source>
        <translation>Adjunto:</translation>
    </message>
    <message>
        <source>%1 · %2 — reopen it to write again.</source>
        <translation>%1 · %2 — reábrala para volver a escribir.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Adjuntar archivos</translation>
    </message>
    <message>
        <source>Reply logged (not sent).</source>
        <translation>Respuesta registrada (no enviada).</translation>
    </message>
    <message>
        <source>Internal note added.</source>
        <translation>Nota interna añadida.</translation>
    </message>
    <message>
        <source>Assign ticket</source>
        <translation>Asignar incidencia</translation>
    </message>
    <message>
        <source>Assigned to %1.</source>
        <translation>Asignada a %1.</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Resolver</translation>
    </message>
    <message>
        <source>%1 resolved.</source>
        <translation>%1 resuelta.</translation>
    </message>
    <message>
        <source>No rating</source>
        <translation>Sin valoración</translation>
    </message>
    <message>
        <source>Close ticket</source>
        <translation>Cerrar incidencia</translation>
    </message>
    <message>
        <source>Customer satisfaction (optional):</source>
        <translation>Satisfacción del cliente (opcional):</translation>
    </message>
    <message>
        <source>%1 closed.</source>
        <translation>%1 cerrada.</translation>
    </message>
    <message>
        <source>Reopen ticket</source>
        <translation>Reabrir incidencia</translation>
    </message>
    <message>
        <source>Why is it reopened? (logged as an internal note)</source>
        <translation>¿Por qué se reabre? (se registra como nota interna)</translation>
    </message>
    <message>
        <source>%1 reopened.</source>
        <translation>%1 reabierta.</translation>
    </message>
    <message>
        <source>Unassigned: the ticket waits in the Unassigned queue.</source>
        <translation>Sin asignar: la incidencia espera en la cola Sin asignar.</translation>
    </message>
</context>
<context>
    <name>trato::TicketResolveDialog</name>
    <message>
        <source>Resolve %1</source>
        <translation>Resolver %1</translation>
    </message>
    <message>
        <source>What solved it? The resolution note is kept with the ticket.</source>
        <translation>¿Qué lo resolvió? La nota de resolución se guarda con la incidencia.</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Resolver</translation>
    </message>
</context>
<context>
    <name>trato::TicketService</name>
    <message>
        <source>The ticket</source>
        <translation>La incidencia</translation>
    </message>
    <message>
        <source>A new ticket cannot start as reopened.</source>
        <translation>Una incidencia nueva no puede empezar como reabierta.</translation>
    </message>
    <message>
        <source>%1 is closed: it can only be reopened.</source>
        <translation>%1 está cerrada: solo se puede reabrir.</translation>
    </message>
    <message>
        <source>%1 is closed: reopen it first to change it.</source>
        <translation>%1 está cerrada: reábrala primero para modificarla.</translation>
    </message>
    <message>
        <source>%1 cannot go back to new.</source>
        <translation>%1 no puede volver a nueva.</translation>
    </message>
    <message>
        <source>%1 is resolved: close it or reopen it.</source>
        <translation>%1 está resuelta: ciérrela o reábrala.</translation>
    </message>
    <message>
        <source>%1 is not resolved: resolve it first (with a resolution note), then close it.</source>
        <translation>%1 no está resuelta: resuélvala primero (con una nota de resolución) y después ciérrela.</translation>
    </message>
    <message>
        <source>Only a resolved or closed ticket is reopened; %1 is %2.</source>
        <translation>Solo se reabre una incidencia resuelta o cerrada; %1 está en estado %2.</translation>
    </message>
    <message>
        <source>Resolving %1 needs a resolution note (resolution): say what solved it.</source>
        <translation>Para resolver %1 hace falta una nota de resolución (resolution): indique qué lo resolvió.</translation>
    </message>
    <message>
        <source>Satisfaction is a whole number from 1 to 5, not %1.</source>
        <translation>La satisfacción es un número entero del 1 al 5, no %1.</translation>
    </message>
    <message>
        <source>Satisfaction is recorded only on a resolved or closed ticket; %1 is %2.</source>
        <translation>La satisfacción solo se registra en una incidencia resuelta o cerrada; %1 está en estado %2.</translation>
    </message>
    <message>
        <source>There is no ticket with the id %1.</source>
        <translation>No hay ninguna incidencia con el id %1.</translation>
    </message>
    <message>
        <source>A message cannot move to another ticket.</source>
        <translation>Un mensaje no puede pasar a otra incidencia.</translation>
    </message>
    <message>
        <source>%1 is closed: reopen it first.</source>
        <translation>%1 está cerrada: reábrala primero.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation>Esperando al cliente</translation>
    </message>
    <message>
        <source>Waiting on third party</source>
        <translation>Esperando a terceros</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Reabierta</translation>
    </message>
    <message>
        <source>There is no ticket &quot;%1&quot; (give its id or number, like TCK-2026-00001).</source>
        <translation>No hay ninguna incidencia &quot;%1&quot; (indique su id o número, como TCK-2026-00001).</translation>
    </message>
    <message>
        <source>The message is empty: write its text.</source>
        <translation>El mensaje está vacío: escriba su texto.</translation>
    </message>
    <message>
        <source>An attachment reference is empty: give a file path or URL.</source>
        <translation>Una referencia de adjunto está vacía: indique una ruta de archivo o una URL.</translation>
    </message>
    <message>
        <source>Say who the ticket is assigned to (a user name).</source>
        <translation>Indique a quién se asigna la incidencia (un nombre de usuario).</translation>
    </message>
    <message>
        <source>Resolving a ticket needs a resolution note: say what solved it.</source>
        <translation>Para resolver una incidencia hace falta una nota de resolución: indique qué la resolvió.</translation>
    </message>
    <message>
        <source>%1 is already %2.</source>
        <translation>%1 ya está en estado %2.</translation>
    </message>
    <message>
        <source>%1 is already closed.</source>
        <translation>%1 ya está cerrada.</translation>
    </message>
    <message>
        <source>Reopened.</source>
        <translation>Reabierta.</translation>
    </message>
    <message>
        <source>Reopened: %1</source>
        <translation>Reabierta: %1</translation>
    </message>
</context>
<context>
    <name>trato::Timeline</name>
    <message>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Note (edited)</source>
        <translation>Nota (editada)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>Moved to the Trash</source>
        <translation>Movido a la Papelera</translation>
    </message>
    <message>
        <source>Restored from the Trash</source>
        <translation>Restaurado de la Papelera</translation>
    </message>
    <message>
        <source>Record events</source>
        <translation>Eventos del registro</translation>
    </message>
    <message>
        <source>Record created</source>
        <translation>Registro creado</translation>
    </message>
    <message>
        <source>Created by an import</source>
        <translation>Creado por una importación</translation>
    </message>
    <message>
        <source>Created by import %1</source>
        <translation>Creado por la importación %1</translation>
    </message>
    <message>
        <source>Created as demo data</source>
        <translation>Creado como datos de demostración</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <source>Added to campaign %1</source>
        <translation>Añadido a la campaña %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 el %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1: → %2</source>
        <translation>%1: → %2</translation>
    </message>
    <message>
        <source>unknown entity &quot;%1&quot;</source>
        <translation>entidad desconocida «%1»</translation>
    </message>
    <message>
        <source>the page size must be at least 1</source>
        <translation>el tamaño de página debe ser al menos 1</translation>
    </message>
    <message>
        <source>the date range ends (%1) before it starts (%2)</source>
        <translation>el intervalo de fechas termina (%1) antes de empezar (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a timeline cursor</source>
        <translation>«%1» no es un cursor de cronología</translation>
    </message>
    <message>
        <source>unknown timeline kind &quot;%1&quot; (known: %2)</source>
        <translation>tipo de cronología desconocido «%1» (conocidos: %2)</translation>
    </message>
    <message>
        <source>no %1 with id %2</source>
        <translation>no hay ningún registro de tipo %1 con id %2</translation>
    </message>
</context>
<context>
    <name>trato::TimelineView</name>
    <message>
        <source>Add note</source>
        <translation>Añadir nota</translation>
    </message>
    <message>
        <source>Show older entries</source>
        <translation>Mostrar entradas anteriores</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>Search the timeline</source>
        <translation>Buscar en la cronología</translation>
    </message>
    <message>
        <source>Add a note…</source>
        <translation>Añadir una nota…</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Añadir una nota</translation>
    </message>
    <message>
        <source>Save the record to start its timeline.</source>
        <translation>Guarde el registro para iniciar su cronología.</translation>
    </message>
    <message>
        <source>Nothing here yet.</source>
        <translation>Aún no hay nada.</translation>
    </message>
    <message>
        <source>No entries match.</source>
        <translation>Ninguna entrada coincide.</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>con %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Completar</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Note added</source>
        <translation>Nota añadida</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Editar nota</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Eliminar nota</translation>
    </message>
    <message>
        <source>Move this note to the Trash?</source>
        <translation>¿Mover esta nota a la Papelera?</translation>
    </message>
</context>
<context>
    <name>trato::Transaction</name>
    <message>
        <source>The database is not open.</source>
        <translation>La base de datos no está abierta.</translation>
    </message>
    <message>
        <source>The database is busy: %1</source>
        <translation>La base de datos está ocupada: %1</translation>
    </message>
</context>
<context>
    <name>trato::Units</name>
    <message>
        <source>units</source>
        <translation>unidades</translation>
    </message>
    <message>
        <source>boxes</source>
        <translation>cajas</translation>
    </message>
    <message>
        <source>packs</source>
        <translation>paquetes</translation>
    </message>
    <message>
        <source>pairs</source>
        <translation>pares</translation>
    </message>
    <message>
        <source>%1 is not a whole number of %2.</source>
        <translation>%1 no es un número entero de %2.</translation>
    </message>
</context>
<context>
    <name>trato::UserProfiles</name>
    <message>
        <source>Could not read the users: %1</source>
        <translation>No se han podido leer los usuarios: %1</translation>
    </message>
    <message>
        <source>A user needs a name.</source>
        <translation>Un usuario necesita un nombre.</translation>
    </message>
    <message>
        <source>Color &quot;%1&quot; is not a color: use #rrggbb, for example #3b7dd8.</source>
        <translation>El color «%1» no es válido: use #rrggbb, por ejemplo #3b7dd8.</translation>
    </message>
    <message>
        <source>Could not save the user %1: %2</source>
        <translation>No se ha podido guardar el usuario %1: %2</translation>
    </message>
</context>
<context>
    <name>trato::VCardReader</name>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: no se puede leer: %2</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: el archivo está vacío</translation>
    </message>
    <message>
        <source>%1: line %2: %3</source>
        <translation>%1: línea %2: %3</translation>
    </message>
    <message>
        <source>this line is not a vCard property (NAME:value)</source>
        <translation>esta línea no es una propiedad vCard (NOMBRE:valor)</translation>
    </message>
    <message>
        <source>BEGIN:VCARD inside another card (is an END:VCARD missing?)</source>
        <translation>BEGIN:VCARD dentro de otra tarjeta (¿falta un END:VCARD?)</translation>
    </message>
    <message>
        <source>expected BEGIN:VCARD</source>
        <translation>se esperaba BEGIN:VCARD</translation>
    </message>
    <message>
        <source>%1 outside BEGIN:VCARD ... END:VCARD</source>
        <translation>%1 fuera de BEGIN:VCARD ... END:VCARD</translation>
    </message>
    <message>
        <source>the card has no VERSION</source>
        <translation>la tarjeta no tiene VERSION</translation>
    </message>
    <message>
        <source>the card has neither a name (N, FN) nor an organization (ORG)</source>
        <translation>la tarjeta no tiene nombre (N, FN) ni organización (ORG)</translation>
    </message>
    <message>
        <source>bad QUOTED-PRINTABLE text in %1</source>
        <translation>texto QUOTED-PRINTABLE incorrecto en %1</translation>
    </message>
    <message>
        <source>vCard version %1 is not supported (2.1, 3.0 and 4.0 are)</source>
        <translation>no se admite la versión %1 de vCard (se admiten la 2.1, la 3.0 y la 4.0)</translation>
    </message>
    <message>
        <source>BEGIN:VCARD without END:VCARD</source>
        <translation>BEGIN:VCARD sin END:VCARD</translation>
    </message>
</context>
<context>
    <name>trato::Value</name>
    <message>
        <source>%1: &quot;%2&quot; %3</source>
        <translation>%1: «%2» %3</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>is not an amount of money</source>
        <translation>no es un importe válido</translation>
    </message>
    <message>
        <source>has more than two decimals</source>
        <translation>tiene más de dos decimales</translation>
    </message>
    <message>
        <source>is too large</source>
        <translation>es demasiado grande</translation>
    </message>
    <message>
        <source>is not a valid email address</source>
        <translation>no es una dirección de correo electrónico válida</translation>
    </message>
    <message>
        <source>is not a phone number</source>
        <translation>no es un número de teléfono válido</translation>
    </message>
    <message>
        <source>is not a web address</source>
        <translation>no es una dirección web válida</translation>
    </message>
    <message>
        <source>is not a whole number</source>
        <translation>no es un número entero</translation>
    </message>
    <message>
        <source>is out of range</source>
        <translation>está fuera del rango admitido</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>no es un número</translation>
    </message>
    <message>
        <source>is not a valid date (use YYYY-MM-DD or %1)</source>
        <translation>no es una fecha válida (use AAAA-MM-DD o %1)</translation>
    </message>
    <message>
        <source>is not a valid date and time (use YYYY-MM-DD HH:MM)</source>
        <translation>no es una fecha y hora válidas (use AAAA-MM-DD HH:MM)</translation>
    </message>
    <message>
        <source>is not yes or no</source>
        <translation>no es «sí» ni «no»</translation>
    </message>
    <message>
        <source>is not one of: %1</source>
        <translation>no es ninguna de las opciones: %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>is not a valid tax id: %1</source>
        <translation>no es un identificador fiscal válido: %1</translation>
    </message>
    <message>
        <source>has more than three decimals</source>
        <translation>tiene más de tres decimales</translation>
    </message>
    <message>
        <source>is not a quantity</source>
        <translation>no es una cantidad</translation>
    </message>
</context>
</TS>

# El calendario en vivo (/calendar-feed) y sus eventos.

feed-name = Spotter: { $name }
feed-summary-cancelled = Cancelada: { $title }
feed-summary-requested = Solicitada: { $title }
feed-what = { $activity }, de { $from } a { $to }
feed-you-host = Organizas esta sesión.
feed-host = Organiza: { $name }
feed-role-seated = Tienes plaza.
feed-role-waitlisted = Estás en la lista de espera.
feed-role-requested = Tu solicitud espera la respuesta de quien organiza.
feed-role-looking = Aún no tienes plaza: pídela en Spotter.

feed-unavailable = Este Spotter no tiene dirección web para suscripciones de calendario. Usa el botón «Añadir al calendario» de una sesión para obtener un archivo.
feed-title = Tu calendario suscrito
feed-made = Suscríbete a esta dirección en Google Calendar (Otros calendarios → Desde URL), Calendario de Apple (Archivo → Nueva suscripción a calendario) u Outlook (Agregar calendario → Suscribirse desde la web):
    { $url }
    Muestra las sesiones que organizas o en las que tienes plaza, tus puestos en listas de espera y las solicitudes pendientes. Mantenla en privado: cualquiera con la dirección puede leerlo. No volveré a mostrarla; /calendar-feed reset crea una nueva.
feed-reset = Aquí tienes tu nueva dirección; la anterior ya no funciona:
    { $url }
    Vuelve a suscribirte en tu aplicación de calendario y elimina la suscripción antigua.
feed-exists = Tu calendario suscrito está activo desde el { $since }. Solo guardo una huella de la dirección, así que no puedo volver a mostrarla: restablécela para obtener una nueva o desactívalo.
feed-off = Tu calendario suscrito está desactivado. Su dirección ya no funciona.
feed-was-off = No tienes un calendario suscrito. /calendar-feed crea uno.
feed-button-reset = Nueva dirección
feed-button-off = Desactivar

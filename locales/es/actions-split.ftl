# Un código de /link escrito en dos cuentas a la vez: la otra lo usó primero.
link-code-used = Ese código se acaba de usar en otra cuenta. Ejecuta /link en tu otra cuenta para obtener uno nuevo.
